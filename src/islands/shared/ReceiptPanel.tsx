import { useRef, useState } from 'preact/hooks';
import { encodeReceipt, receiptFileName, type Receipt } from '../../lib/receipt';
import QrCode from './QrCode';
import { copyText, downloadText } from './files';
import type { ReceiptStrings } from './strings';
import css from './ui.module.css';

interface Props {
  /** Unique on the page: ids of the code field and the live region derive from it. */
  id: string;
  buttonLabel: string;
  /** Builds the receipt now, or undefined when the learner has no name yet. */
  make: () => Receipt | undefined;
  onNeedName: () => void;
  certificateHref: string;
  s: ReceiptStrings;
}

/**
 * Makes a receipt on request and offers it every way a learner can pass it on: the code to copy,
 * a file, a QR code to scan, and a certificate to print. Focus moves to the code once it exists.
 */
export default function ReceiptPanel({ id, buttonLabel, make, onNeedName, certificateHref, s }: Props) {
  const [made, setMade] = useState<{ code: string; receipt: Receipt }>();
  const [message, setMessage] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  async function create() {
    const receipt = make();
    if (!receipt) {
      setMessage(s['receipt.needName']);
      onNeedName();
      return;
    }
    const code = await encodeReceipt(receipt);
    setMade({ code, receipt });
    setMessage(s['receipt.created']);
    requestAnimationFrame(() => field.current?.focus());
  }

  async function copy() {
    if (!made) return;
    const ok = await copyText(made.code);
    setMessage(ok ? s['receipt.copied'] : s['common.copyFailed']);
    if (!ok) field.current?.select();
  }

  return (
    <div class={css.stack}>
      <div class={css.actions}>
        <button type="button" class="button" onClick={create}>
          {buttonLabel}
        </button>
      </div>
      <p class={css.live} role="status">
        {message}
      </p>
      {made && (
        <div class={css.card} data-receipt>
          <div class={css.field}>
            <label for={`${id}-code`}>{s['receipt.code']}</label>
            <textarea
              id={`${id}-code`}
              ref={field}
              class={`${css.input} ${css.code}`}
              readOnly
              rows={5}
              value={made.code}
              aria-describedby={`${id}-help`}
            />
            <p id={`${id}-help`} class={css.hint}>
              {s['receipt.help']}
            </p>
          </div>
          <div class={css.actions}>
            <button type="button" class="button secondary" onClick={copy}>
              {s['receipt.copy']}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => downloadText(receiptFileName(made.receipt), `${made.code}\n`, 'text/plain;charset=utf-8')}
            >
              {s['receipt.download']}
            </button>
            <a class="button secondary" href={`${certificateHref}#${made.code}`}>
              {s['receipt.certificate']}
            </a>
          </div>
          <QrCode text={made.code} ecc="L" label={s['receipt.qr']} />
          <p class={css.note}>{s['receipt.honest']}</p>
        </div>
      )}
    </div>
  );
}

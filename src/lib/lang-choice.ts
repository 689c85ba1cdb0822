import { isLang, type Lang } from '../i18n/lang';

/** The language remembered from the last visit, if the stored value is one the site has. */
export function rememberedLang(stored: string | null | undefined): Lang | undefined {
  return isLang(stored) ? stored : undefined;
}

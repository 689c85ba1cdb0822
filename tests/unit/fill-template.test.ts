import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/fill-template';

describe('fillTemplate', () => {
  it('fills every placeholder with its value', () => {
    expect(fillTemplate('{{score}} of {{max}} ({{score}})', { score: 7, max: 9 })).toBe('7 of 9 (7)');
    expect(fillTemplate('no placeholders', { n: 1 })).toBe('no placeholders');
    expect(fillTemplate('{{n}}', { n: 0 })).toBe('0');
    expect(fillTemplate('{{n}}', { n: '' })).toBe('');
  });
  it('leaves a placeholder without a value visible instead of leaving a hole', () => {
    expect(fillTemplate('Due in {{days}} days', {})).toBe('Due in {{days}} days');
    expect(fillTemplate('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
  });
  it('never takes a value from the object prototype', () => {
    expect(fillTemplate('{{constructor}} {{toString}} {{__proto__}}', {})).toBe(
      '{{constructor}} {{toString}} {{__proto__}}',
    );
  });
  it('inserts values as they are, never as templates', () => {
    expect(fillTemplate('Hello {{name}}', { name: '{{secret}}', secret: 'x' })).toBe('Hello {{secret}}');
    expect(fillTemplate('{{name}}', { name: '$& $1 $$' })).toBe('$& $1 $$');
  });
});

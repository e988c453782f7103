import { describe, expect, it } from 'vitest';
import { MIN_TEXT, setTextScale, textStyle } from '../../src/ui/theme';

describe('canvas text size', () => {
  it('is never below 14 px, whatever size a widget asks for, and the larger-text setting scales it', () => {
    expect(MIN_TEXT).toBe(14);
    expect(textStyle(12).fontSize).toBe('14px');
    expect(textStyle(13).fontSize).toBe('14px');
    expect(textStyle(18).fontSize).toBe('18px');
    setTextScale(1.2);
    try {
      expect(textStyle(12).fontSize).toBe('17px');
    } finally {
      setTextScale(1);
    }
  });
});

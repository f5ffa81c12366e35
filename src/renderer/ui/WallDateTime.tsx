/**
 * A date and a clock time typed as text, in the window's one date style ("Mon, May 6, 2024") and
 * the planner's time format ("14:30" or "2:30 PM"), instead of Chromium's datetime-local, whose
 * clock follows the browser's locale (12-hour in en-US) whatever the setting says. The value is
 * "YYYY-MM-DDTHH:MM" when both parts read as a date and a time; otherwise it is what was typed,
 * which the field's own check refuses with its reason.
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useAppState } from '../state/store-context';
import { clockText, clockValue, dateText, parseClock, parseDate } from '../model/clock-format';

interface Props {
  id: string;
  /** "YYYY-MM-DDTHH:MM", or anything else to start from (shown as typed). */
  value: string;
  onChange: (value: string) => void;
  /** Names both inputs for assistive technology: "Starts" -> "Starts, date" / "Starts, time". */
  label: string;
  invalid?: boolean;
  describedBy?: string;
  onBlur?: (e: FocusEvent<HTMLElement>) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}

const SHAPE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

export function WallDateTime({ id, value, onChange, label, invalid, describedBy, onBlur, onKeyDown }: Props) {
  const cycle = useAppState((s) => s.hourCycle);
  const [texts, setTexts] = useState(() => {
    const m = SHAPE.exec(value);
    return m ? { date: dateText(m[1] as string), time: clockText(Number(m[2]), Number(m[3]), cycle) } : { date: value, time: '' };
  });
  const year = Number((SHAPE.exec(value)?.[1] ?? '').slice(0, 4)) || new Date().getFullYear();
  const emit = (date: string, time: string) => {
    setTexts({ date, time });
    const day = parseDate(date, year);
    const clock = parseClock(time);
    onChange(day && clock ? `${day}T${clockValue(clock)}` : `${date} ${time}`.trim());
  };
  const common = { 'aria-invalid': invalid ? true : undefined, 'aria-describedby': describedBy, onKeyDown, spellCheck: false, autoComplete: 'off' };
  return (
    <span className="wall-date-time" onBlur={onBlur}>
      <input {...common} id={id} className="wall-date" aria-label={`${label}, date`} value={texts.date} placeholder="May 6, 2024" onChange={(e) => emit(e.target.value, texts.time)} />
      <input {...common} className="wall-time" aria-label={`${label}, time`} value={texts.time} placeholder={cycle === 'h12' ? '9:00 AM' : '09:00'} onChange={(e) => emit(texts.date, e.target.value)} />
    </span>
  );
}

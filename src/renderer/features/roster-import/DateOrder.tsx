/**
 * The day/month question: a roster's slash dates like 03/04/2024 read both ways and nothing in the
 * file settles it, so the planner says which, with the example spelled out both ways.
 */
import type { DateQuestion } from '../../../shared/roster/index';
import { dateOrderChoices } from './roster-import-model';

interface Props {
  question: Pick<DateQuestion, 'value' | 'readings'>;
  dayFirst: boolean | undefined;
  onChange: (dayFirst: boolean) => void;
}

export function DateOrder({ question, dayFirst, onChange }: Props) {
  const choices = dateOrderChoices(question);
  return (
    <fieldset className={`roster-date-order${dayFirst === undefined ? ' roster-needs-answer' : ''}`}>
      <legend>How are the dates written?</legend>
      <p className="small">
        Dates such as <strong>{choices.example}</strong> can be read two ways, and the file does not say which.
      </p>
      <label className="export-choice">
        <input type="radio" name="roster-date-order" checked={dayFirst === true} onChange={() => onChange(true)} />
        Day first: {choices.example} is {choices.dayFirst}
      </label>
      <label className="export-choice">
        <input type="radio" name="roster-date-order" checked={dayFirst === false} onChange={() => onChange(false)} />
        Month first: {choices.example} is {choices.monthFirst}
      </label>
    </fieldset>
  );
}

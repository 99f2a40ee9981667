import { type InputHTMLAttributes, useId } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A short help line under the field, read with it (aria-describedby). */
  help?: string;
}

/** A labelled mirotone input; the label is a real <label>, so clicking it focuses the field. */
export function TextField({ label, value, onChange, help, className, ...rest }: TextFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="form-group form-group-small netverk-field">
      <label htmlFor={id}>{label}</label>
      <input
        {...rest}
        id={id}
        className={`input input-small ${className ?? ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={help ? helpId : undefined}
      />
      {help ? (
        <p id={helpId} className="netverk-help">
          {help}
        </p>
      ) : null}
    </div>
  );
}

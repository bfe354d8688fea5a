import { CheckCircleFilled } from '@ant-design/icons';
import { checkCreditCode } from '@scenebridge/shared';
import { Input, type InputProps } from 'antd';
import type { TFunction } from 'i18next';

/** antd Form rule: the GB 32100-2015 check, run as the person types (the server checks again). */
export function creditCodeRule(t: TFunction) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      const check = checkCreditCode(value);
      if (!check.valid) throw new Error(t(`auth.creditCodeProblem.${check.problem}`, { n: check.normalized.length }));
    },
  };
}

/** A credit-code field that upper-cases as it goes and shows a tick once the code is valid. */
export function CreditCodeInput(props: InputProps & { value?: string; onChange?: (value: string) => void; okLabel: string }) {
  const { value, onChange, okLabel, ...rest } = props;
  const valid = checkCreditCode(value).valid;
  return (
    <Input
      {...rest}
      value={value}
      maxLength={18}
      autoComplete="off"
      spellCheck={false}
      style={{ fontFamily: 'monospace', letterSpacing: '0.05em' }}
      onChange={(e) => onChange?.(e.target.value.toUpperCase().replace(/\s/g, ''))}
      suffix={valid ? <CheckCircleFilled style={{ color: '#15803d' }} aria-label={okLabel} /> : <span />}
    />
  );
}

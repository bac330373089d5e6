import type { ButtonHTMLAttributes, Ref } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'default' | 'primary' | 'danger' | 'ghost';
  readonly size?: 'normal' | 'small';
  readonly icon?: boolean;
  readonly block?: boolean;
  readonly ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = 'default',
  size = 'normal',
  icon = false,
  block = false,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = ['button'];
  if (variant !== 'default') classes.push(`button--${variant}`);
  if (size === 'small') classes.push('button--small');
  if (icon) classes.push('button--icon');
  if (block) classes.push('button--block');
  if (className) classes.push(className);
  return <button type={type} className={classes.join(' ')} {...rest} />;
}

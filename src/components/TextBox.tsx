// A text box that works: it grows with the text, its type is at least 16 px (phones zoom into
// smaller), and on H5 the real <textarea> fills the whole box, so a tap anywhere in it focuses
// it (components/complaint.css .cm-textbox).
import { Textarea } from '@tarojs/components';
import type { ComponentProps } from 'react';
import './complaint.css';

type Props = ComponentProps<typeof Textarea>;

export function TextBox({ className, ...rest }: Props) {
  return <Textarea className={['cm-textbox', className ?? ''].join(' ').trim()} autoHeight {...rest} />;
}

// The shape of a message: one string, or explanatory copy in two registers (plain language for
// patients, technical for students and clinicians) so the audience switch only chooses.

export type Register = 'plain' | 'technical';

export type Message = string | { readonly plain: string; readonly technical: string };

/** A catalogue of messages for one area of the app. */
export type Messages = Readonly<Record<string, Message>>;

import { optionInSentence } from '../format/headline';

/** An option's name inside a sentence, with the verb agreeing: "an agency costs", "carers cost". */
export interface Subject {
	/** "an independent fostering agency", "in-house foster carers". */
	name: string;
	/** True when the name reads as plural (the same heuristic as its article). */
	plural: boolean;
}

/** An option's name as the subject or object of a sentence. */
export function subject(name: string): Subject {
	const lastWord = name.trim().split(/\s+/).at(-1) ?? '';
	return { name: optionInSentence(name), plural: /[^s]s$/i.test(lastWord) };
}

/** The verb "cost" agreeing with the subject: "costs" or "cost". */
export function costs(who: Subject): string {
	return who.plural ? 'cost' : 'costs';
}

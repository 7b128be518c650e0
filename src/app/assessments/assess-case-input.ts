import { z } from 'zod';
import { assessmentAnswersSchema } from '../../domain/criteria/answers.ts';

const calendarDate = z.iso.date({ message: 'must be a real date in the form YYYY-MM-DD' });

/** What any surface (tab, bot, add-in) sends to run the criteria check. */
export const assessCaseInputSchema = z.strictObject({
  answers: assessmentAnswersSchema,
  incidentDate: calendarDate.optional(),
  awarenessDate: calendarDate.optional(),
});

export type AssessCaseInput = z.infer<typeof assessCaseInputSchema>;

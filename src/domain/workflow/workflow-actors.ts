/**
 * Who is acting, relative to one referral. Worked out by the use case from the signed-in user and the
 * referral record; the workflow only decides what each relation may do.
 */
export const workflowActors = ['referrer', 'assigned_reviewer', 'partnership', 'system'] as const;

export type WorkflowActor = (typeof workflowActors)[number];

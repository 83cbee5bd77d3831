import { deliverDueNotify, deliverNotifyFn } from "./deliver-notify";
import { pollTasks } from "./poll-tasks";
import { sweepTasks } from "./sweep-tasks";

export const functions = [pollTasks, sweepTasks, deliverNotifyFn, deliverDueNotify];

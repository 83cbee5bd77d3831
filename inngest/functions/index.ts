import { deliverDueNotifyFunction, deliverNotifyFunction } from "./deliver-notify";
import { pollTasksFunction } from "./poll-tasks";
import { sweepTasksFunction } from "./sweep-tasks";

export const functions = [pollTasksFunction, sweepTasksFunction, deliverNotifyFunction, deliverDueNotifyFunction];

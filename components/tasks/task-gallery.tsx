import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { actionName, taskHref } from "./task-bits";
import { liveImageUrl } from "./task-status";

/** The images, newest first, as a grid; each opens its task. */
export function TaskGallery({ tasks, admin, t }: { tasks: TaskView[]; admin: boolean; t: Messages }) {
  if (!tasks.length) return <p className="rounded-xl border border-neutral-200 bg-surface p-6 text-sm text-neutral-500">{t.tasks.galleryEmpty}</p>;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
      {tasks.map((task) => (
        <li key={task.id}>
          <Link
            href={taskHref(task, admin)}
            className="group block overflow-hidden rounded-xl border border-neutral-200 bg-surface shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- upstream images of any host and size */}
            <img src={liveImageUrl(task)} alt={fill(t.tasks.openTask, { id: task.mjId })} loading="lazy" className="aspect-square w-full bg-neutral-100 object-cover transition-transform group-hover:scale-[1.02]" />
            <span className="block space-y-0.5 p-2">
              <span className="line-clamp-1 block break-all text-xs text-neutral-900">{task.prompt || task.mjId}</span>
              <span className="block text-xs text-neutral-500">{actionName(t, task.action)}{admin ? ` · ${task.username}` : ""}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

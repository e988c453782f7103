import { ContentError } from '../content/diagnostic';
import type { Beat, ChoicePoint } from '../story/beat';
import { shuffledPoint } from './option-order';
import { round3 } from './round';
import type { SessionCore } from './session-core';

/**
 * Schedules a beat's lines as posts at their `after` delays, then opens its reply point on the
 * last of them (or lets the flow go when the beat ends). Coach lines become coach events; with
 * `coachReading`, they speak to the reading of that brand post instead of saying their text.
 */
export function playBeat(
  s: SessionCore,
  flow: string,
  thread: string,
  beat: Beat,
  defaultAuthor: string | null,
  keepFlow = true,
  coachReading: string | null = null,
): void {
  const spec =
    s.manifest.threads.find((t) => t.id === thread) ?? s.manifest.injects.find((i) => i.id === thread);
  let at = s.now;
  let last: string | null = null;
  let lastVisible = true;
  for (const line of beat.lines) {
    // An inject's name for the facilitator's console: never posted, takes no time.
    if (line.tags.label === 'inject') continue;
    at = round3(at + (line.tags.after ?? 0));
    const coach = line.tags.coach;
    if (coach !== undefined) {
      const reply = coachReading;
      s.at(at, () =>
        s.record(
          reply === null
            ? { t: s.now, type: 'coach', principle: coach, text: line.text }
            : { t: s.now, type: 'coach_reading', principle: coach, reply },
        ),
      );
      continue;
    }
    const author = line.tags.author ?? defaultAuthor;
    if (!author) {
      throw new ContentError([
        {
          file: `scenarios/${s.manifest.id}`,
          rule: 'post-author',
          message: `a line of "${thread}" has no author tag: "${line.text}"`,
        },
      ]);
    }
    const postId = s.feed.reserveId(thread, line.tags.id);
    const persona = s.persona(author);
    const network =
      line.tags.network ?? spec?.network ?? s.manifest.personas.find((p) => p.id === author)?.network;
    lastVisible = !s.blocked.has(author);
    last = postId;
    s.at(at, () => {
      if (s.blocked.has(author)) return;
      s.addPost({
        id: postId,
        thread,
        author,
        authorType: persona.type,
        kind: line.tags.kind ?? 'comment',
        network: network ?? s.metrics.networks[0] ?? 'main',
        channel: line.tags.channel ?? 'public',
        text: line.text,
        t: s.now,
        replyTo: s.feed.lastIn(thread),
        crowd: author.startsWith('crowd-'),
        patience: line.tags.patience ?? s.manifest.crowd.patienceSeconds,
        likes: 0,
        shares: 0,
        status: 'visible',
        answeredAt: null,
        left: false,
      });
      s.feed.setLast(thread, postId);
    });
  }
  const choices = beat.choices;
  const target = last ?? s.feed.lastIn(thread);
  s.at(at, () => {
    if (
      choices &&
      choices.options.length + Object.keys(choices.triggers).length > 0 &&
      target &&
      lastVisible
    ) {
      openReplyPoint(s, target, flow, choices);
    } else if (!keepFlow || beat.done) {
      s.runner.removeFlow(flow);
    }
  });
}

/** Offers the player the script's replies to a post; an `on: ignored` choice fires when patience runs out. */
export function openReplyPoint(s: SessionCore, postId: string, flow: string, scripted: ChoicePoint): void {
  const point = shuffledPoint(scripted, s.orderRng);
  const seq = s.nextReplySeq();
  s.pending.set(postId, { flow, point, seq });
  if (point.options.length > 0) {
    const options = point.options.map((o) => ({ ...o, qualities: [...o.qualities] }));
    s.record({ t: s.now, type: 'reply_opened', post: postId, options });
  }
  const post = s.feed.get(postId);
  if (!post) return;
  s.feed.engage(post);
  if (point.triggers.ignored !== undefined) {
    s.at(round3(post.t + post.patience), () => {
      if (s.pending.get(postId)?.seq === seq && post.answeredAt === null) s.trigger(postId, 'ignored');
    });
  }
}

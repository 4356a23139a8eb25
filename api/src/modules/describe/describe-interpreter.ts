import {
  describeChoreography, DESCRIBE_VOCABULARY, validateDescription,
  type ChoreographyDescription, type DescribeDefaults, type SongCandidate,
} from '@bachata/core';
import type { AppConfig } from '../../config';
import type { Logger } from '../../logger';

export interface Interpretation { description: ChoreographyDescription; interpreter: 'offline' | 'language-model' }

/** Turns a described request into options. Every implementation answers in core's validated shape. */
export interface DescribeInterpreter {
  interpret(text: string, songs: readonly SongCandidate[], defaults: DescribeDefaults): Promise<Interpretation>;
}

export class OfflineInterpreter implements DescribeInterpreter {
  async interpret(text: string, songs: readonly SongCandidate[], defaults: DescribeDefaults): Promise<Interpretation> {
    return { description: describeChoreography(text, songs, defaults), interpreter: 'offline' };
  }
}

/** Songs sent to the model at most (the closest-tempo ones are what matters; a prompt has limits). */
const MAX_SONGS_IN_PROMPT = 150;
/** An answer longer than this is not a JSON object of options. */
const MAX_ANSWER_BYTES = 64 * 1024;

const INSTRUCTIONS = `You turn a bachata dancer's request into generation options. Answer with one JSON object only:
{"language":"en"|"es",
 "difficulty":{"value":D,"reason":R,"fromRequest":B}, "energy":{"value":E,"reason":R,"fromRequest":B}, "style":{"value":S,"reason":R,"fromRequest":B},
 "song":{"value":SONG_ID,"reason":R,"fromRequest":B}, "preferMoves":[M...], "avoidMoves":[M...], "movesReason":R}
D: ${DESCRIBE_VOCABULARY.difficulties.join('|')}. E: ${DESCRIBE_VOCABULARY.energies.join('|')}. S: ${DESCRIBE_VOCABULARY.styles.join('|')}.
M: ${DESCRIBE_VOCABULARY.moveFamilies.join('|')}. SONG_ID: the id of one of the given songs (the one named, else the best fit by tempo and energy).
R: a short reason in the request's language (under 120 characters). B: true when the request said it, false for a default.
When the request does not say the difficulty, use defaultDifficulty.`;

class LanguageModelFailure extends Error {}

/**
 * An OpenAI-compatible chat endpoint. Whatever goes wrong (timeout, HTTP error, an answer that is not
 * valid options) the offline interpreter answers; the log says why, never the key or the request.
 */
export class LanguageModelInterpreter implements DescribeInterpreter {
  private readonly offline = new OfflineInterpreter();
  constructor(private readonly cfg: AppConfig['describeLlm'], private readonly log: Logger) {}

  async interpret(text: string, songs: readonly SongCandidate[], defaults: DescribeDefaults): Promise<Interpretation> {
    try {
      const raw = await this.ask(text, songs, defaults);
      const description = validateDescription(raw, songs);
      if (!description) throw new LanguageModelFailure('the answer is not valid options');
      return { description, interpreter: 'language-model' };
    } catch (e) {
      const reason = e instanceof LanguageModelFailure ? e.message : (e as Error).name === 'TimeoutError' ? `no answer within ${this.cfg.timeoutMs} ms` : 'the endpoint could not be reached';
      this.log.warn('describe: language model not used, offline interpreter answered', { reason });
      return this.offline.interpret(text, songs, defaults);
    }
  }

  private async ask(text: string, songs: readonly SongCandidate[], defaults: DescribeDefaults): Promise<unknown> {
    const res = await fetch(this.cfg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.cfg.apiKey}` },
      body: JSON.stringify({
        model: this.cfg.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: INSTRUCTIONS },
          { role: 'user', content: JSON.stringify({ request: text, defaultDifficulty: defaults.difficulty ?? 'beginner', songs: songs.slice(0, MAX_SONGS_IN_PROMPT).map((s) => ({ id: s.id, title: s.title, artist: s.artist, bpm: s.bpm, energy: s.energy })) }) },
        ],
      }),
      signal: AbortSignal.timeout(this.cfg.timeoutMs),
    });
    if (!res.ok) throw new LanguageModelFailure(`the endpoint answered HTTP ${res.status}`);
    const body = await res.text();
    if (Buffer.byteLength(body) > MAX_ANSWER_BYTES) throw new LanguageModelFailure('the answer is too long');
    let content: unknown;
    try {
      content = (JSON.parse(body) as { choices?: Array<{ message?: { content?: unknown } }> }).choices?.[0]?.message?.content;
      // Models sometimes wrap JSON in a code fence.
      return typeof content === 'string' ? JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, '')) : null;
    } catch {
      throw new LanguageModelFailure('the answer is not JSON');
    }
  }
}

const cache = new WeakMap<AppConfig, DescribeInterpreter>();

/** The interpreter for this configuration: the language model only with both a URL and a key. */
export function interpreterFor(config: AppConfig, log: Logger): DescribeInterpreter {
  let it = cache.get(config);
  if (!it) {
    const llm = config.describeLlm;
    it = llm.url && llm.apiKey ? new LanguageModelInterpreter(llm, log) : new OfflineInterpreter();
    cache.set(config, it);
  }
  return it;
}

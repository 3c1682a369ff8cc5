/** Reads environment variables once, collects every problem, and reports them together at start. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

interface Options<T> {
  required?: boolean;
  default?: T;
}

export class EnvReader {
  private readonly problems: string[] = [];
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  has(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  string(name: string, options: Options<string> & { pattern?: RegExp; expected?: string } = {}): string | undefined {
    const value = this.raw(name);
    if (value === undefined) {
      if (options.required) this.problems.push(`${name} est obligatoire${options.expected ? ` (${options.expected})` : ''}.`);
      return options.default;
    }
    if (options.pattern && !options.pattern.test(value)) {
      this.problems.push(`${name} est invalide : ${options.expected ?? `format attendu ${options.pattern}`}.`);
      return options.default;
    }
    return value;
  }

  url(name: string, options: Options<string> & { protocols?: string[] } = {}): string | undefined {
    const value = this.raw(name);
    const protocols = options.protocols ?? ['http:', 'https:'];
    if (value === undefined) {
      if (options.required) this.problems.push(`${name} est obligatoire (une URL ${protocols.join(' ou ')}).`);
      return options.default;
    }
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
      return value.replace(/\/+$/, '');
    } catch {
      this.problems.push(`${name} n’est pas une URL valide : attendu par exemple ${protocols[0]}//exemple.org (reçu « ${value.slice(0, 80)} »).`);
      return options.default;
    }
  }

  int(name: string, options: Options<number> & { min?: number; max?: number } = {}): number | undefined {
    const value = this.raw(name);
    if (value === undefined) {
      if (options.required) this.problems.push(`${name} est obligatoire (un entier).`);
      return options.default;
    }
    const n = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${name} doit être un entier entre ${min} et ${max} (reçu « ${value} »).`);
      return options.default;
    }
    return n;
  }

  bool(name: string, options: Options<boolean> = {}): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined) return options.default;
    if (['1', 'true', 'yes', 'oui'].includes(value.toLowerCase())) return true;
    if (['0', 'false', 'no', 'non'].includes(value.toLowerCase())) return false;
    this.problems.push(`${name} doit valoir true ou false (reçu « ${value} »).`);
    return options.default;
  }

  /** Adds a problem found by a rule that spans several variables. */
  problem(message: string): void {
    this.problems.push(message);
  }

  /** Throws a `ConfigError` listing every problem found so far. */
  finish(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }
}

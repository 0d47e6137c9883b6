/// The words `tifa --help` and `tifa help COMMAND` print.
public enum HelpText {
    public static let overview = """
    tifa \(TifaVersion.current): counts the political language of Chinese Party and government magazines

    USAGE: tifa <command> [options]

    COMMANDS:
      run         analyze every issue in a corpus folder and write CSV and reports
      analyze     analyze one shard of a corpus into the cache (runs on many machines)
      report      rebuild every output from a cache folder (after sharded analyze runs)
      tokenize    print the word segmentation of a text, one line per input line
      repair      print an issue as tifa reads it: articles, titles, authors, paragraphs
      mentions    print the slogans and entities found in each line, as JSON lines
      kwic        show every occurrence of a term across the corpus, in context, with citations
      bench-icu   time raw ICU word breaking over files (the benchmark's ceiling)
      help        show help for a command

    OPTIONS:
      -h, --help  show this help
      --version   show tifa's and ICU's versions

    Run 'tifa help <command>' for a command's options.

    """

    public static let run = """
    USAGE: tifa run [--corpus DIR] [--out DIR] [--jobs N] [--force] [--lexicon FILE]...
                    [--slogans FILE]... [--keep-stopwords] [--no-discover] [--simplify] [--excel]
                    [--part-mb N] [--quiet]

    Analyzes the .txt issues of the corpus folder (UTF-8, UTF-16, GB18030/GBK) that
    are new or changed since the last run, takes the others from Output/cache/, and writes,
    each file atomically (columns in docs/SCHEMA.md):
      terms.csv, corpus_terms.csv      term frequency, per 10k, document frequency
      issues.csv, articles.csv         issues (number, year, size) and their articles
      slogans.csv                      formulations: numbered, meeting, quoted
      entities.csv, figures.csv,       people, places, organizations; dates and figures;
      appointments.csv                 appointments and removals
      keyness.csv, collocations.csv,   key terms per issue (G2, log ratio); collocations
      trends.csv, new_words.csv        (PMI, G2); counts across issues; discovered words
      report.md, report.html,          the report, for people (issues/<issue>/report.html
      issues/                          per issue)
      run.json                         what this run did (new / changed / unchanged / failed)

    OPTIONS:
      --corpus DIR       folder of issues (default: Corpus)
      --out DIR          output folder, created when missing (default: Output)
      --jobs N           issues analyzed at once (default: number of cores)
      --force            re-analyze every issue, ignoring the cache
      --lexicon FILE     user words, jieba format `word [freq] [tag]`; they always win (repeatable)
      --slogans FILE     known formulations, `text [numbered|meeting|quoted]` a line (repeatable)
      --keep-stopwords   keep function words (的, 了 ...) in terms.csv
      --simplify         fold traditional characters to simplified (黨建 -> 党建) before analysis
      --no-discover      do not look for new words in each issue
      --excel            start CSV files with a UTF-8 byte-order mark (for Excel)
      --part-mb N        analyze an issue larger than N MB in parts of about N MB (default 4),
                         so memory stays bounded and one huge issue uses every core
      --quiet            no progress or summary on standard error
      -h, --help         show this help

    EXIT STATUS: 0 all issues analyzed; 1 some issue failed (named on standard error and
    in run.json) or the run could not finish; 2 usage error.

    """

    public static let analyze = """
    USAGE: tifa analyze --shard I/N [--corpus DIR] [--out DIR] [options of tifa run]

    Analyzes shard I of N of the corpus (every N-th issue in file order, starting with the
    I-th) into DIR/cache/, and writes no corpus output. Run shards 1/N ... N/N on as many
    machines as you like (each needs the same corpus and tifa version), gather their
    cache/ folders into one, then run `tifa report`. Options as for `tifa run`, plus:
      --shard I/N     which shard (1 <= I <= N)

    """

    public static let report = """
    USAGE: tifa report [--out DIR] [--cache DIR] [--excel] [--quiet]

    Rebuilds every corpus output (CSV, report.md, report.html, run.json) in DIR (default
    Output) from the cache entries in --cache (default DIR/cache), without reading the
    corpus: the reduce step after sharded `tifa analyze` runs. The result is the same as
    a plain `tifa run` over the same issues.

    """

    public static let tokenize = """
    USAGE: tifa tokenize [--icu-only] [--standard msr|pku] [--lexicon FILE]... [--discover FILE]... [--new-words CSV] [--stats] [--bench N] [FILE]

    Reads text from FILE (or standard input when FILE is absent or '-') and prints the
    tokens of each input line separated by two spaces, one output line per input line.
    Characters are not changed: no repair, no normalization. This is the format of the
    SIGHAN word-segmentation bakeoff, so standard scorers can measure it. The full
    tokenizer: ICU, then the lexicon (user words win), number/date/percent rules and the
    surname + given-name joiner.

    OPTIONS:
      --icu-only        raw ICU word breaking, for comparison
      --standard S      msr (default, as in tifa's statistics): a measure word joins its
                        number (三十五个, 5公里); pku: it stays apart (三十五 / 个)
      --lexicon FILE    user words (jieba user-dictionary format); repeatable
      --discover FILE   run new-word discovery over FILE first; repeatable
      --new-words CSV   write the discovered words there (with --discover)
      --stats           print tokenizing time and the one-character share of CJK words
                        on standard error
      --bench N         print no tokens: time raw ICU and the full tokenizer over the
                        lines of FILE, N rounds interleaved in this one process, and
                        print both rates (best round), their ratio and the median ratio
      -h, --help        show this help

    """

    public static let mentions = """
    USAGE: tifa mentions [FILE] [--slogans FILE]...

    Reads text from FILE (or standard input) and prints one JSON line per input line:
      {"line":N,"mentions":[{"type":"slogan","category":"numbered","start":S,"end":E,"text":"四个意识"}]}
    Offsets are in Unicode scalars of the line as given (no repair), end exclusive.
    Slogans are learned over the whole input first, then counted in every line.
    A slogan mention may add "normalized" (the form it is counted under, when it differs
    from the text) and "quoted" (whether it stood in quotation marks).

    OPTIONS:
      --slogans FILE   more known formulations, one per line: `text [numbered|meeting|quoted]`
      -h, --help       show this help

    """

    public static let kwic = """
    USAGE: tifa kwic TERM [--corpus DIR] [--width N] [--tsv] [--jobs N]

    Prints every occurrence of TERM (a word, a slogan, any text) in the corpus's article
    text, with N characters of context on each side and where it stands:
      issue-050 a3 l123    …left context 【TERM】 right context…
    a3 is the article's number within the issue, l123 the line of the original file.
    Quotation marks, 、 and spaces are skipped when matching, as when slogans are counted,
    so 四个意识 also finds “四个”意识. A count goes to standard error.

    OPTIONS:
      --corpus DIR   folder of issues (default: Corpus)
      --width N      characters of context on each side (default: 20)
      --tsv          tab-separated columns issue, article, line, left, match, right
      --jobs N       issues read at once (default: number of cores)
      -h, --help     show this help

    """

    public static let benchICU = """
    USAGE: tifa bench-icu FILE...

    Times raw ICU word breaking (locale zh, one thread, no repair or lexicon) over the
    files and prints icu_bytes=N icu_seconds=S icu_segments=K. `make bench` uses it as the
    ceiling the whole pipeline is compared with.

    """

    public static let repair = """
    USAGE: tifa repair [FILE] [--lines]

    Reads an issue from FILE (or standard input), decodes it (UTF-8, UTF-16 with a
    byte-order mark, GB18030/GBK), repairs the PDF extraction damage and prints what tifa
    made of it: a first line with the issue's number and year, then per article a header
    line `## n | section | title | authors` followed by one repaired paragraph per line;
    `[author]`, `[caption]` and `[source]` lines show the author's post, photo captions and
    where a reprint came from. Page numbers and section labels are left out of the text.

    OPTIONS:
      --lines        prefix each paragraph with the line of the file it starts on
      -h, --help     show this help

    """

    /// Help for `command`, or nil when there is no such command.
    public static func forCommand(_ command: String) -> String? {
        switch command {
        case "run": return run
        case "analyze": return analyze
        case "report": return report
        case "tokenize": return tokenize
        case "repair": return repair
        case "mentions": return mentions
        case "kwic": return kwic
        case "bench-icu": return benchICU
        case "help": return overview
        default: return nil
        }
    }
}

/// tifa's version, shown by `--version` and recorded with results.
public enum TifaVersion {
    public static let current = "0.1.0"
}

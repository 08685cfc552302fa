/// Every environment variable the tool reads, and what it does: the one list that reading the
/// environment (`StandardStreams.environment`) and the man page's ENVIRONMENT both use.
enum EnvironmentVariables {
    static let all: [(name: String, meaning: String)] = [
        ("CAREERS_CONTENT", "The guide (content pack) to use when --content is not given; empty for the bundled guide."),
        ("CAREERS_STATE_DIR", "The directory that holds the plan file, instead of $XDG_STATE_HOME/careers."),
        ("XDG_STATE_HOME", "Where the plan is kept, in careers/progress.json (default ~/.local/state)."),
        ("XDG_CACHE_HOME", "Where compiled copies of content packs are kept, in careers/packs/ (default ~/.cache)."),
        ("HOME", "The home directory, for the defaults above."),
        ("COLUMNS", "The width text wraps to; else the terminal's width, else 80 columns."),
        ("NO_COLOR", "When set and not empty, no color (unless --color always)."),
        ("TERM", "When dumb, no color (unless --color always)."),
        ("CAREERS_PAGER", "The pager for output longer than the terminal, before $PAGER."),
        ("PAGER", "The pager when CAREERS_PAGER is not set (else less -FRX); empty for none."),
        ("PATH", "Where the pager program is looked for."),
        (
            "CAREERS_BROWSE_TIMINGS",
            "A file to which browse appends, at the end, the time from each key to the end of its redraw (for the benchmark)."
        ),
    ]
}

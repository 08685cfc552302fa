/// The completion scripts `careers completions SHELL` prints. Each only turns what is typed into words
/// for `careers __complete` and its reply into the shell's completions: which words to offer is
/// `Completion`'s work, so the three shells offer the same, and the guide's names as they are now.
enum CompletionScripts {
    static let shells = ["bash", "zsh", "fish"]

    static func script(for shell: String) -> String? {
        switch shell {
        case "bash": bash
        case "zsh": zsh
        case "fish": fish
        default: nil
        }
    }

    /// Needs bash-completion (for `_get_comp_words_by_ref` and `_filedir`).
    static let bash = #"""
        # bash completion for careers (needs bash-completion). Install:
        #   careers completions bash > ${XDG_DATA_HOME:-~/.local/share}/bash-completion/completions/careers

        # The word as typed, unquoted, in REPLY: quotes and backslashes removed; an open quote is fine.
        _careers_unquote() {
            local word=$1 quote= char i
            REPLY=
            for ((i = 0; i < ${#word}; i++)); do
                char=${word:i:1}
                if [[ $quote != "'" && $char == '\' ]]; then
                    REPLY+=${word:i+1:1}
                    ((i++))
                elif [[ $char == [\"\'] && ( -z $quote || $quote == "$char" ) ]]; then
                    [[ -z $quote ]] && quote=$char || quote=
                else
                    REPLY+=$char
                fi
            done
        }

        _careers() {
            local cur words cword word i drop=
            _get_comp_words_by_ref -n =: cur words cword
            local -a typed=() reply=()
            for ((i = 1; i < cword; i++)); do
                _careers_unquote "${words[i]}"
                typed+=("$REPLY")
            done
            _careers_unquote "$cur"
            mapfile -t reply < <(careers __complete "${typed[@]}" "$REPLY" 2>/dev/null)
            case ${reply[0]} in
            files) _filedir ;;
            directories) _filedir -d ;;
            words)
                # Readline replaces only what follows the last = or : of an unquoted word (COMP_WORDBREAKS).
                [[ $cur != *[\"\'\\]* && $REPLY == *[=:]* ]] && drop=${REPLY%"${REPLY##*[=:]}"}
                COMPREPLY=()
                local -a names=("${reply[@]:1}")
                names=("${names[@]%%$'\t'*}")
                # Names are found whatever their case, but readline puts in the start several share, case
                # and all, even one shorter than the word typed ("stat" for Statisticians and STAT! becomes
                # "S"): then they take the typed word's case for its length, and the word stays.
                local common=${names[0]} name
                for name in "${names[@]:1}"; do
                    while [[ $name != "$common"* ]]; do common=${common%?}; done
                done
                if ((${#names[@]} > 1 && ${#common} < ${#REPLY})); then
                    for i in "${!names[@]}"; do
                        [[ ${names[i],,} == "${REPLY,,}"* ]] && names[i]=$REPLY${names[i]:${#REPLY}}
                    done
                fi
                for word in "${names[@]}"; do
                    word=${word#"$drop"}
                    # Within quotes the word goes in as it is; outside, quoted.
                    [[ $cur == [\"\']* ]] || printf -v word %q "$word"
                    COMPREPLY+=("$word")
                done
                ;;
            esac
        }

        complete -F _careers careers

        """#

    static let zsh = #"""
        #compdef careers
        # zsh completion for careers. Install it as _careers in a directory of fpath, before compinit:
        #   careers completions zsh > ~/.local/share/zsh/site-functions/_careers
        # and in ~/.zshrc: fpath=(~/.local/share/zsh/site-functions $fpath); autoload -Uz compinit && compinit
        # Or add to ~/.zshrc, after compinit: source <(careers completions zsh)

        _careers() {
            local -a reply words_ descriptions
            local line
            reply=("${(@f)$(careers __complete "${(@Q)words[2,CURRENT-1]}" "${(Q)PREFIX}" 2>/dev/null)}")
            case $reply[1] in
            files) _files ;;
            directories) _files -/ ;;
            words)
                for line in "${(@)reply[2,-1]}"; do
                    words_+=("${line%%$'\t'*}")
                    [[ $line == *$'\t'* ]] && descriptions+=("${line%%$'\t'*}  -- ${line#*$'\t'}") ||
                        descriptions+=("${line}")
                done
                # Names match whatever their case: `mach` offers "Machine Learning Engineer".
                compadd -M 'm:{[:lower:][:upper:]}={[:upper:][:lower:]}' -l -d descriptions -a words_
                ;;
            esac
        }

        if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
            _careers "$@"
        else
            compdef _careers careers
        fi

        """#

    static let fish = #"""
        # fish completion for careers. Install:
        #   careers completions fish > ~/.config/fish/completions/careers.fish
        # (under $XDG_CONFIG_HOME instead of ~/.config where that is set)

        function __careers_complete
            set -l typed (commandline -opc)
            set -l reply (careers __complete $typed[2..-1] (commandline -ct | string unescape; or commandline -ct) 2>/dev/null)
            switch "$reply[1]"
                case files
                    __fish_complete_path (commandline -ct)
                case directories
                    __fish_complete_directories (commandline -ct) ''
                case words
                    string join \n -- $reply[2..-1]
            end
        end

        complete -c careers -f -a '(__careers_complete)'

        """#
}

// The one place that names the C library: Glibc on Linux, Darwin on macOS. The rest of the program
// imports CareerCore, which re-exports it for its constants and types (STDOUT_FILENO, error codes, stat),
// and calls it only through Platform/: System here where the two differ, the other files by what they do.
#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Darwin)
    @_exported import Darwin
#endif

/// The system calls whose spelling differs between platforms, or that a method name would shadow.
package enum System {
    /// write(2).
    package static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
        #else
            Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// read(2).
    package static func read(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, bytes, count)
        #else
            Darwin.read(descriptor, bytes, count)
        #endif
    }

    /// A file's modification time, to the nanosecond.
    package static func modificationTime(_ info: stat) -> timespec {
        #if os(Linux)
            info.st_mtim
        #else
            info.st_mtimespec
        #endif
    }

    /// A file's status change time (ctime), to the nanosecond: set by the system at every change of the
    /// file's bytes or attributes, never by a program.
    package static func changeTime(_ info: stat) -> timespec {
        #if os(Linux)
            info.st_ctim
        #else
            info.st_ctimespec
        #endif
    }

    /// This process's whole environment, as `NAME=value` strings.
    package static func environment() -> [String] {
        var strings: [String] = []
        var entry = environ
        while let string = entry.pointee {
            strings.append(String(cString: string))
            entry += 1
        }
        return strings
    }

    /// Starts `arguments[0]` (a path) with `arguments` and `environment` (`NAME=value` strings), its standard
    /// input read from `input`; the child's process id, or nil if it could not be started. The child
    /// starts with the default action for Ctrl-C, Ctrl-\ and a closed pipe, whatever this process does.
    package static func spawn(_ arguments: [String], environment: [String], input: Int32, closing other: Int32) -> pid_t? {
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, other)
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer { for string in argv + envp { free(string) } }
        var child = pid_t()
        return posix_spawn(&child, arguments[0], &actions, &attributes, &argv, &envp) == 0 ? child : nil
    }
}

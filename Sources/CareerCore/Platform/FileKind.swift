/// What a file is, from its status (stat(2)'s `st_mode`).
package enum FileKind: Equatable, Sendable {
    case regular, directory, pipe, characterDevice, blockDevice, socket, symbolicLink, other

    package init(_ info: stat) {
        switch info.st_mode & mode_t(S_IFMT) {
        case mode_t(S_IFREG): self = .regular
        case mode_t(S_IFDIR): self = .directory
        case mode_t(S_IFIFO): self = .pipe
        case mode_t(S_IFCHR): self = .characterDevice
        case mode_t(S_IFBLK): self = .blockDevice
        case mode_t(S_IFSOCK): self = .socket
        case mode_t(S_IFLNK): self = .symbolicLink
        default: self = .other
        }
    }
}

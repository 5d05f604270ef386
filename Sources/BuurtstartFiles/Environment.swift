import Glibc

/// An environment variable, or nil when it is not set.
public func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}

/// The user's state folder for buurtstart: where the line editor's history, answers rescued
/// from a folder that cannot be written, and the printer's work folder go.
public enum StateFolder {
    /// `$XDG_STATE_HOME/buurtstart`, or `~/.local/state/buurtstart`, created private to the
    /// user. Nil when there is no home to keep it in.
    public static func path() -> String? {
        let base: String
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            base = state
        } else if let home = environment("HOME"), home.hasPrefix("/") {
            base = home + "/.local/state"
        } else {
            return nil
        }
        var path = ""
        for part in (base + "/buurtstart").split(separator: "/") {
            path += "/" + part
            mkdir(path, 0o700)
        }
        return path
    }

    /// `$XDG_STATE_HOME/buurtstart/history`, or `~/.local/state/buurtstart/history`.
    public static func historyPath() -> String? {
        path().map { $0 + "/history" }
    }
}

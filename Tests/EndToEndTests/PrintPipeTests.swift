import Foundation
import Testing

/// `export --format pdf` with a "chromium" that speaks the DevTools pipe as Chromium does (its
/// commands on descriptor 3, its replies and events on 4, each ended by a NUL), writes a line
/// to a log when it starts and one for each page it opens, and prints every page as the same
/// small PDF: one browser for a whole kit, a line for each page as it is printed, and no
/// browser at all for an export that would change nothing.
@Suite("Printing a kit through one browser")
struct PrintPipeTests {
    /// A one-page PDF, as far as export reads one.
    static let pdf = "%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n"

    /// A folder with a "chromium" that logs to `log` and answers the pipe's commands.
    /// `numbered`: each PDF printed differs from every other (a line of its own at the end),
    /// as a real print of a changed page does.
    static func browser(log: URL, numbered: Bool = false) throws -> URL {
        let bin = try temporaryFolder()
        let data = Data(pdf.utf8).base64EncodedString()
        let script = """
        #!/bin/bash
        echo started >> '\(log.path)'
        numbered=\(numbered ? 1 : 0)
        while IFS= read -r -d '' -u 3 message; do
          [[ $message =~ \\"id\\":([0-9]+) ]] || continue
          id=${BASH_REMATCH[1]}
          case $message in
            *'"Target.getTargets"'*) printf '{"id":%s,"result":{"targetInfos":[{"targetId":"B","type":"browser"}]}}\\0' "$id" >&4 ;;
            *'"Target.createTarget"'*) printf '{"id":%s,"result":{"targetId":"T1"}}\\0' "$id" >&4 ;;
            *'"Target.attachToTarget"'*) printf '{"id":%s,"result":{"sessionId":"S1"}}\\0' "$id" >&4 ;;
            *'"Page.navigate"'*)
              [[ $message =~ ([a-z]+)\\.html ]] && echo "${BASH_REMATCH[1]}.html" >> '\(log.path)'
              # The load event of the page before, then the reply, then (unless a command came
              # first: printed too early) this page's load event.
              printf '{"method":"Page.loadEventFired","sessionId":"S1","params":{}}\\0{"id":%s,"result":{"frameId":"F1"},"sessionId":"S1"}\\0' "$id" >&4
              if IFS= read -r -d '' -t 0.2 -u 3 early; then
                echo "too early" >> '\(log.path)'
                [[ $early =~ \\"id\\":([0-9]+) ]] && printf '{"id":%s,"error":{"message":"not loaded"}}\\0' "${BASH_REMATCH[1]}" >&4
              fi
              printf '{"method":"Page.loadEventFired","sessionId":"S1","params":{}}\\0' >&4 ;;
            *'"Page.printToPDF"'*)
              data='\(data)'
              [[ $numbered == 1 ]] && data=$( (echo '\(data)' | base64 -d; echo "% print $$-$(date +%s%N)") | base64 -w0)
              printf '{"id":%s,"result":{"data":"%s"},"sessionId":"S1"}\\0' "$id" "$data" >&4 ;;
            *) printf '{"id":%s,"result":{},"sessionId":"S1"}\\0' "$id" >&4 ;;
          esac
        done
        """
        let browser = bin.appendingPathComponent("chromium")
        try script.write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        return bin
    }

    static func lines(_ file: URL) -> [String] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test("a state folder that cannot be used is said as such, with XDG_STATE_HOME to change it, not --dir")
    func stateFolderUnusable() throws {
        let folder = try temporaryFolder(), logs = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let path = try Self.browser(log: logs.appendingPathComponent("browser.log")).path + ":/usr/bin:/bin"
        for (language, words) in [("nl", "kies een andere met XDG_STATE_HOME"), ("en", "choose another with XDG_STATE_HOME")] {
            let run = try Binary.run(["export", "--dir", folder.path, "--format", "pdf", "--lang", language],
                                     environment: ["PATH": path, "XDG_STATE_HOME": "/proc/nonexistent"])
            #expect(run.status == 73)
            #expect(run.errors.contains("/proc/nonexistent/buurtstart") && run.errors.contains(words), "\(run.errors)")
            #expect(!run.errors.contains("--dir"), "\(run.errors)")
        }
    }

    @Test("one browser prints every page of a kit, each said as it is printed; a repeat that changes nothing starts none, a PDF removed is printed alone")
    func oneBrowserForAKit() throws {
        let folder = try temporaryFolder(), state = try temporaryFolder(), logs = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let log = logs.appendingPathComponent("browser.log")
        let environment = ["PATH": try Self.browser(log: log).path + ":/usr/bin:/bin", "XDG_STATE_HOME": state.path]
        let pages = ["charter", "checklist", "letter", "privacy", "introduction"]

        let first = try Binary.run(["export", "--dir", folder.path, "--format", "pdf"], environment: environment)
        #expect(first.status == 0, "\(first.errors)")
        #expect(Self.lines(log) == ["started"] + pages.map { $0 + ".html" }, "one browser, every page once")
        #expect(first.output == "Ik maak 5 pdf-bestanden met Chromium.\n" + pages.map { "Klaar: \($0).pdf\n" }.joined()
            + "Gemaakt: charter.pdf, checklist.pdf, letter.pdf, privacy.pdf en introduction.pdf in de map \(folder.path).\n")
        for page in pages { #expect(try read(folder, page + ".pdf") == Self.pdf) }

        let again = try Binary.run(["export", "--dir", folder.path, "--format", "pdf"], environment: environment)
        #expect(again.status == 0, "\(again.errors)")
        #expect(Self.lines(log).count == 6, "a repeat started a browser")
        #expect(again.output == "Niets veranderd: charter.pdf, checklist.pdf, letter.pdf, privacy.pdf en introduction.pdf in de map \(folder.path) waren al bij.\n")

        try FileManager.default.removeItem(at: folder.appendingPathComponent("letter.pdf"))
        let one = try Binary.run(["export", "--dir", folder.path, "--format", "pdf"], environment: environment)
        #expect(Self.lines(log).suffix(2) == ["started", "letter.html"], "only the missing PDF is printed")
        #expect(one.output == "Ik maak 1 pdf-bestand met Chromium.\nKlaar: letter.pdf\nGemaakt: letter.pdf in de map \(folder.path).\n", "\(one.output)")

        // Pages in another language are other pages: all printed again, said in that language.
        let english = try Binary.run(["export", "--dir", folder.path, "--format", "pdf", "--lang", "en"], environment: environment)
        #expect(Self.lines(log).count == 14)
        #expect(english.output.hasPrefix("Making 5 PDF files with Chromium.\nDone: charter.pdf\nDone: checklist.pdf\n"), "\(english.output)")

        // A PDF changed by hand is not the one printed from its page: printed again, and only
        // replaced with --force.
        try "%PDF-1.4 mine".write(to: folder.appendingPathComponent("charter.pdf"), atomically: true, encoding: .utf8)
        let changed = try Binary.run(["export", "--dir", folder.path, "--format", "pdf"], environment: environment)
        #expect(Self.lines(log).suffix(2) == ["started", "charter.html"])
        #expect(changed.status == 73, "\(changed.output)")
        #expect(try read(folder, "charter.pdf") == "%PDF-1.4 mine")
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The few DevTools protocol commands that print pages, over a `Browser`'s pipe: one tab
/// (the browser's first, from `Target.getTargets`, or `Target.createTarget`; attached with
/// `flatten`, so that each command names the tab's session), and for each page
/// `Page.navigate`, its `Page.loadEventFired`, then `Page.printToPDF`, whose PDF comes back in
/// the reply, in base 64.
struct DevTools {
    private let browser: Browser
    private var lastID = 0
    /// The tab's session.
    private var session: String?

    init(_ browser: Browser) { self.browser = browser }

    /// Opens the tab that prints every page: the one the browser started with (its renderer is
    /// running already), or a new one.
    mutating func openTab(until deadline: Double) throws(Browser.Failure) {
        let targets: Targets = try reply(to: "Target.getTargets", [String: String](), until: deadline)
        let tab: String
        if let started = targets.targetInfos.first(where: { $0.type == "page" }) {
            tab = started.targetId
        } else {
            let created: Created = try reply(to: "Target.createTarget", ["url": "about:blank"], until: deadline)
            tab = created.targetId
        }
        let attached: Attached = try reply(to: "Target.attachToTarget", AttachParameters(targetId: tab), until: deadline)
        session = attached.sessionId
        let _: Empty = try reply(to: "Page.enable", [String: String](), until: deadline)
    }

    /// The page at `url` as PDF: loaded, then printed on A4, with the page's own size and
    /// margins (`@page`) and its backgrounds. The reply to the navigation comes when the page
    /// replaces the one before (the tab's first `about:blank` may still be loading); only a load
    /// event after it is this page's.
    mutating func pdf(of url: String, until deadline: Double) throws(Browser.Failure) -> [UInt8] {
        let navigation = try send("Page.navigate", ["url": url], until: deadline)
        var navigated = false, loaded = false
        while !loaded {
            let message = try browser.receive(until: deadline)
            guard let header = try? JSONDecoder().decode(Header.self, from: Data(message)) else { continue }
            if header.id == navigation {
                guard header.error == nil, let reply = try? JSONDecoder().decode(Reply<Navigated>.self, from: Data(message)),
                      reply.result.errorText == nil else { throw .refused }
                navigated = true
            } else if navigated, header.method == "Page.loadEventFired", header.sessionId == session {
                loaded = true
            }
        }
        let printed: Printed = try reply(to: "Page.printToPDF", PrintParameters(), until: deadline)
        return Array(printed.data)
    }

    /// Sends a command to the tab (or, before it is open, to the browser); returns its id.
    private mutating func send(_ method: String, _ parameters: some Encodable, until deadline: Double) throws(Browser.Failure) -> Int {
        lastID += 1
        let command = Command(id: lastID, method: method, params: parameters, sessionId: session)
        guard let bytes = try? JSONEncoder().encode(command) else { throw .refused }
        try browser.send(Array(bytes), until: deadline)
        return lastID
    }

    /// Sends a command and waits for its reply, passing over the events that come first.
    private mutating func reply<Result: Decodable>(to method: String, _ parameters: some Encodable,
                                                   until deadline: Double) throws(Browser.Failure) -> Result {
        let id = try send(method, parameters, until: deadline)
        while true {
            let message = try browser.receive(until: deadline)
            guard let header = try? JSONDecoder().decode(Header.self, from: Data(message)), header.id == id else { continue }
            guard header.error == nil, let reply = try? JSONDecoder().decode(Reply<Result>.self, from: Data(message)) else { throw .refused }
            return reply.result
        }
    }
}

/// A command: its id comes back with its reply.
private struct Command<Parameters: Encodable>: Encodable {
    let id: Int
    let method: String
    let params: Parameters
    let sessionId: String?
}

/// What every message from the browser may carry: a reply has the command's id (and `error`
/// when it failed), an event its method; both the session they belong to.
private struct Header: Decodable {
    let id: Int?
    let method: String?
    let sessionId: String?
    let error: Problem?

    struct Problem: Decodable {
        let message: String?
    }
}

private struct Reply<Result: Decodable>: Decodable {
    let result: Result
}

private struct Empty: Decodable {}

private struct Targets: Decodable {
    let targetInfos: [Target]

    struct Target: Decodable {
        let targetId: String
        let type: String
    }
}

private struct Created: Decodable {
    let targetId: String
}

private struct AttachParameters: Encodable {
    let targetId: String
    let flatten = true
}

private struct Attached: Decodable {
    let sessionId: String
}

private struct Navigated: Decodable {
    /// Set when the page could not be opened.
    let errorText: String?
}

/// A4 in inches (the protocol's unit), though the page's own `@page` size comes first; no
/// header or footer (the date and file name a browser adds); the PDF in the reply.
private struct PrintParameters: Encodable {
    let paperWidth = 210 / 25.4
    let paperHeight = 297 / 25.4
    let preferCSSPageSize = true
    let printBackground = true
    let displayHeaderFooter = false
    let transferMode = "ReturnAsBase64"
}

private struct Printed: Decodable {
    /// JSONDecoder reads base 64 into `Data`.
    let data: Data
}

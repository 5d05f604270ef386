/// De hulp bij de opdrachtregel, en fouten in wat er getypt is.
extension Dutch {
    static func text(_ message: HelpText) -> String {
        switch message {
        case .abstract(let command):
            return abstract(command)
        case .discussion(let command):
            return discussion(command)
        case .option(let option):
            return self.option(option)
        case .value(let value):
            switch value {
            case .folder: return "map"
            case .date: return "JJJJ-MM-DD"
            case .file: return "bestand"
            case .preset: return "naam|bestand"
            case .address: return "adres"
            case .transcript: return "transcript"
            case .page: return "pagina"
            }
        case .leftOutPage(let page):
            return page == .letter ? "de brief voor de buren (letter.html)" : "de kennismaking voor de wijkagent (introduction.html)"
        case .formatFiles(let format):
            switch format {
            case .text: return "charter.txt, checklist.txt en whatsapp.txt (standaard)"
            case .markdown: return "charter.md en checklist.md"
            case .json: return "charter.json"
            case .html: return "charter.html, checklist.html, letter.html, privacy.html en introduction.html: pagina's om af te drukken"
            case .pdf: return "dezelfde pagina's als pdf (met Chromium; apt install chromium)"
            }
        case .usage:
            return "buurtstart [<opties>]\nbuurtstart <commando> [<opties>]"

        case .unknownCommand(let word, let suggestion, let commands):
            return "'\(word)' is geen commando van buurtstart. "
                + (suggestion.map { "Bedoel je 'buurtstart \($0)'?" } ?? "De commando's zijn \(list(commands)).")
        case .unknownOption(let option, let suggestion):
            return "De optie '\(option)' ken ik niet." + (suggestion.map { " Bedoel je '\($0)'?" } ?? "")
        case .unexpectedArguments(let words):
            return "\(list(words.map(quoted))) \(words.count == 1 ? "hoort" : "horen") hier niet."
        case .missingValue(let option):
            return "Na \(option) hoort een waarde."
        case .flagWithValue(let option, let value):
            return "\(option) is een schakelaar zonder waarde. Typ alleen \(option), zonder '=\(value)'."
        case .missingArgument(let name):
            return "Het \(name) ontbreekt."
        case .invalidValue(let value, let option, let choices):
            return "\(option) kan niet '\(value)' zijn." + (choices.isEmpty ? "" : " Kies \(list(choices, or: true)).")
        case .sessionOnlyOption(let option, let command):
            return "\(option) hoort bij de sessie met vragen, niet bij 'buurtstart \(command)'."
        case .seeHelp(let command):
            return "Zie '\(command) --help' voor de opties en voorbeelden."
        }
    }

    private static func abstract(_ command: HelpText.Command) -> String {
        switch command {
        case .buurtstart:
            return "Start een buurtpreventiegroep op WhatsApp: beantwoord een paar vragen, en krijg de spelregels van de groep, een checklist voor nieuwe leden en teksten voor WhatsApp."
        case .start:
            return "De sessie met vragen, en wat buurtstart zonder commando doet: beantwoord de vragen, en krijg charter.txt, checklist.txt en whatsapp.txt."
        case .export:
            return "Maak de documenten opnieuw uit een afgemaakte buurtstart.json, zonder iets te vragen."
        case .replay:
            return "Speel transcripten opnieuw af en vergelijk het scherm en de documenten met de opname."
        case .checkAddress:
            return "Kijk of een adres in het gebied van de groep ligt, volgens buurtstart.json."
        case .presets:
            return "Toon de voorinstellingen van gemeenten die bij buurtstart horen."
        }
    }

    private static func discussion(_ command: HelpText.Command) -> String {
        switch command {
        case .buurtstart:
            return """
            Zonder commando start buurtstart de sessie met vragen (net als 'buurtstart start'), \
            in deze map of in de map van --dir. Je beantwoordt vragen in 7 stappen. Typ bij elke \
            vraag ? voor uitleg en voor de commando's die je daar kunt typen (terug, overzicht, \
            stop en meer).

            Eerdere antwoorden (pijltje omhoog, Ctrl-R) staan in ~/.local/state/buurtstart/history \
            (of $XDG_STATE_HOME/buurtstart/history), alleen voor jou te lezen. Namen, telefoonnummers \
            en geweigerde antwoorden komen er nooit in. Wissen: rm ~/.local/state/buurtstart/history

            Voorbeelden:
              buurtstart --dir ~/zeeweg
                  Start de sessie van de groep in de map ~/zeeweg, of ga verder.
              buurtstart --preset katwijk --lang en
                  Begin met het advies van gemeente Katwijk, in het Engels.
              buurtstart export --dir ~/zeeweg --format markdown
                  Maak de documenten opnieuw, in Markdown.
            """
        case .start:
            return """
            Typ bij elke vraag ? voor uitleg en voor de commando's die je daar kunt typen.

            Eerdere antwoorden (pijltje omhoog, Ctrl-R) staan in ~/.local/state/buurtstart/history \
            (of $XDG_STATE_HOME/buurtstart/history), alleen voor jou te lezen. Namen, telefoonnummers \
            en geweigerde antwoorden komen er nooit in. Wissen: rm ~/.local/state/buurtstart/history
            """
        case .export:
            return "Met meer mappen (een gemeente met veel groepen) wordt een probleem in een map gemeld, en gaan de andere door. De afsluitstatus is dan de eerste die niet 0 is."
        case .replay:
            return "Afsluitstatus: 0 als elk transcript precies hetzelfde afspeelt, 1 als er een afwijkt, 65 als er een niet klopt, 73 als --update een bestand niet kan schrijven."
        case .checkAddress:
            return "Afsluitstatus: 0 binnen, 1 buiten, 64 een adres dat niet te lezen is, 65 als buurtstart.json ontbreekt of niet klopt."
        case .presets:
            return "Een eigen bestand maken: zie docs/presets.md."
        }
    }

    private static func option(_ option: HelpText.Option) -> String {
        switch option {
        case .dir:
            return "De map met buurtstart.json en de documenten (standaard: deze map; alleen een sessie maakt de map als die er nog niet is)."
        case .lang:
            return "De taal van wat buurtstart zegt en schrijft. Zonder deze optie spreken een sessie, export en check-address de taal waarin de antwoorden van de groep zijn gegeven; anders Engels als LC_ALL of LANG met en begint, en anders Nederlands."
        case .date:
            return "De datum op de spelregels (standaard: vandaag). Legt de datum vast voor replay en tests."
        case .force:
            return "Vervang bestaande documenten zonder te vragen (export heeft het alleen nodig voor een document met een andere tekst)."
        case .noColor:
            return "Geen kleur, ook niet in een terminal (NO_COLOR en TERM=dumb doen hetzelfde)."
        case .record:
            return "Neem de sessie op als transcript in dit bestand; de bestanden die ze maakt komen in een map ernaast."
        case .preset:
            return "Begin met het advies van een gemeente: een naam uit 'buurtstart presets', of je eigen bestand (NAAM.json)."
        case .format:
            return "Welke documenten:"
        case .from:
            return "Exporteer ook de mappen in dit bestand, één per regel; - leest ze van de standaardinvoer."
        case .without:
            return "Laat deze pagina weg, deze keer (mag vaker; zonder deze optie geldt wat de sessie koos):"
        case .folders:
            return "Meer mappen, elk met een eigen buurtstart.json (in plaats van --dir)."
        case .update:
            return "Neem over wat het programma nu maakt: schrijf de transcripten en hun documenten opnieuw."
        case .out:
            return "Schrijf de documenten (en buurtstart.json) van een transcript ook in deze map; alleen bij één transcript."
        case .transcripts:
            return "Transcripten (NAAM.txt, met de map NAAM ernaast voor de documenten)."
        case .address:
            return "De straat en het huisnummer, bijvoorbeeld \"Zeeweg 12\"."
        case .postcode:
            return "De postcode, bijvoorbeeld \"2221 AB\", voor een gebied met postcodes."
        }
    }
}

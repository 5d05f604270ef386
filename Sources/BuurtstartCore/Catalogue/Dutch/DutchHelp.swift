/// De hulp bij de opdrachtregel, en fouten in wat er getypt is.
extension Dutch {
    static func text(_ message: HelpText) -> String {
        switch message {
        case .value(.folder): return "map"
        case .value(.date): return "JJJJ-MM-DD"
        case .value(.file): return "bestand"
        case .value(.preset): return "naam|bestand"
        case .value(.address): return "adres"
        case .value(.transcript): return "transcript"
        case .value(.page): return "pagina"
        case .leftOutPage(let page): return page == .letter ? "de brief voor de buren (letter.html)" : "de kennismaking voor de wijkagent (introduction.html)"
        case .formatFiles(.text): return "charter.txt, checklist.txt en whatsapp.txt (standaard)"
        case .formatFiles(.markdown): return "charter.md en checklist.md"
        case .formatFiles(.json): return "charter.json"
        case .formatFiles(.html): return "charter.html, checklist.html, letter.html, privacy.html en introduction.html: pagina's om af te drukken"
        case .formatFiles(.pdf): return "dezelfde pagina's als pdf (met Chromium; apt install chromium)"
        case .registerFormat(.text): return "een tabel op het scherm (standaard)"
        case .registerFormat(.csv): return "CSV voor een spreadsheet"
        case .registerFormat(.json): return "JSON voor de eigen systemen van een gemeente (docs/register.md)"
        case .abstract(.member), .abstract(.members), .discussion(.member), .discussion(.members), .option(.warn), .option(.remove), .option(.again),
             .option(.reason), .option(.agreement), .option(.membersFormat), .membersFormat, .value(.memberName):
            return memberHelp(message)
        case .usage:
            return "buurtstart [<opties>]\nbuurtstart <commando> [<opties>]"
        case .frame(.overview): return "OVERZICHT"
        case .frame(.usage): return "GEBRUIK"
        case .frame(.arguments): return "ARGUMENTEN"
        case .frame(.options): return "OPTIES"
        case .frame(.subcommands): return "COMMANDO'S"
        case .frame(.helpOption): return "Toon deze hulp."
        case .frame(.versionOption): return "Toon het versienummer."
        case .frame(.seeCommandHelp): return "Zie '\(HelpFrame.commandMark) <commando>' voor de hulp bij een commando."

        case .unknownCommand(let word):
            return "'\(word)' is geen commando van buurtstart."
        case .didYouMeanCommand(let command):
            return "Bedoel je 'buurtstart \(command)'?"
        case .commandsAre(let commands):
            return "De commando's zijn \(list(commands))."
        case .unknownOption(let option):
            return "De optie '\(option)' ken ik niet."
        case .didYouMean(let option):
            return "Bedoel je '\(option)'?"
        case .unexpectedArguments(let words):
            return "\(list(words.map(quoted))) \(words.count == 1 ? "hoort" : "horen") hier niet."
        case .missingValue(let option):
            return "Na \(option) hoort een waarde."
        case .flagWithValue(let option, let value):
            return "\(option) is een schakelaar zonder waarde. Typ alleen \(option), zonder '=\(value)'."
        case .missingArgument(let name):
            return "Het \(name) ontbreekt."
        case .invalidValue(let value, let option):
            return "\(option) kan niet '\(value)' zijn."
        case .choose(let choices):
            return "Kies \(list(choices, or: true))."
        case .sessionOnlyOption(let option, let command):
            return "\(option) hoort bij de sessie met vragen, niet bij 'buurtstart \(command)'."
        case .optionsExclusive(let first, let second):
            return "\(first) en \(second) kunnen niet samen. Kies er één."
        case .argumentHidden(let shown):
            return "'\(shown)' bevat onzichtbare tekens of stuurtekens (hier getoond als \u{FFFD} of \u{241B}). Typ het opnieuw met de hand, zonder die tekens."
        case .seeHelp(let command):
            return "Zie '\(command) --help' voor de opties en voorbeelden."
        case .abstract(.buurtstart):
            return "Start een buurtpreventiegroep op WhatsApp: beantwoord een paar vragen, en krijg de spelregels van de groep, een checklist voor nieuwe leden en teksten voor WhatsApp."
        case .abstract(.start):
            return "De sessie met vragen, en wat buurtstart zonder commando doet: beantwoord de vragen, en krijg charter.txt, checklist.txt en whatsapp.txt."
        case .abstract(.export):
            return "Maak de documenten opnieuw uit een afgemaakte buurtstart.json, zonder iets te vragen."
        case .abstract(.replay):
            return "Speel transcripten opnieuw af en vergelijk het scherm en de documenten met de opname."
        case .abstract(.checkAddress):
            return "Kijk of een adres in het gebied van de groep ligt, volgens buurtstart.json."
        case .abstract(.presets):
            return "Toon de voorinstellingen van gemeenten die bij buurtstart horen."
        case .abstract(.groups):
            return "Toon alle groepen in een map met groepen (een register), of met --overlap welke gebieden elkaar overlappen."
        case .discussion(.buurtstart):
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
        case .discussion(.start):
            return """
            Typ bij elke vraag ? voor uitleg en voor de commando's die je daar kunt typen.

            Eerdere antwoorden (pijltje omhoog, Ctrl-R) staan in ~/.local/state/buurtstart/history \
            (of $XDG_STATE_HOME/buurtstart/history), alleen voor jou te lezen. Namen, telefoonnummers \
            en geweigerde antwoorden komen er nooit in. Wissen: rm ~/.local/state/buurtstart/history
            """
        case .discussion(.export):
            return "Met meer mappen (een gemeente met veel groepen) wordt een probleem in een map gemeld, en gaan de andere door. De afsluitstatus is dan de eerste die niet 0 is. Met --format pdf krijgt Chromium \(PrintedPage.printSeconds) seconden per pagina; een ander aantal kies je met BUURTSTART_PRINT_TIMEOUT."
        case .discussion(.replay):
            return "Afsluitstatus: \(ExitStatus.success) als elk transcript precies hetzelfde afspeelt, \(ExitStatus.no) als er een afwijkt, \(ExitStatus.dataError) als er een niet klopt, \(ExitStatus.cannotCreate) als --update een bestand niet kan schrijven."
        case .discussion(.checkAddress):
            return "Afsluitstatus: \(ExitStatus.success) binnen, \(ExitStatus.no) buiten, \(ExitStatus.usage) een adres dat niet te lezen is, \(ExitStatus.dataError) als buurtstart.json ontbreekt of niet klopt. Met --groups: \(ExitStatus.success) als het adres in het gebied van minstens één groep ligt, \(ExitStatus.no) als het in geen enkel gebied ligt, \(ExitStatus.ioError) als de map met groepen niet te lezen is."
        case .discussion(.presets):
            return "Een eigen bestand maken: zie docs/presets.md."
        case .discussion(.groups):
            return """
            Een map met groepen is een map met een map per groep, elk met een buurtstart.json \
            (zoals een gemeente of coördinator ze bewaart). buurtstart leest die alleen en schrijft \
            er niets in. Een map die niet te lezen is wordt met naam gemeld; de andere gaan door. \
            Telefoonnummers staan er alleen in als de groep ze in haar spelregels zet.
            Afsluitstatus: \(ExitStatus.success) als elke map te lezen was, \(ExitStatus.dataError) of \(ExitStatus.ioError) als er een niet te lezen was (de \
            eerste), \(ExitStatus.ioError) als de map met groepen zelf niet te lezen is.

            Voorbeelden:
              buurtstart groepen --groups ~/gemeente/groepen
              buurtstart groepen --groups ~/gemeente/groepen --format csv > groepen.csv
              buurtstart groepen --groups ~/gemeente/groepen --overlap
            """
        case .option(.dir):
            return "De map met buurtstart.json en de documenten (standaard: deze map; alleen een sessie maakt de map als die er nog niet is)."
        case .option(.lang):
            return "De taal van wat buurtstart zegt en schrijft. Zonder deze optie spreken een sessie, export en check-address de taal waarin de antwoorden van de groep zijn gegeven; anders Engels als LC_ALL, LC_MESSAGES of LANG (de eerste die is ingesteld) met en begint, en anders Nederlands."
        case .option(.date):
            return "De datum op de spelregels (standaard: vandaag). Legt de datum vast voor replay en tests."
        case .option(.force):
            return "Vervang bestaande documenten zonder te vragen (export heeft het alleen nodig voor een document met een andere tekst)."
        case .option(.strict):
            return "Stop een sessie die haar antwoorden niet van het toetsenbord krijgt (uit een pipe of een bestand) bij het eerste antwoord dat niet past: met de vraag en het regelnummer, en afsluitstatus \(ExitStatus.dataError). Zonder deze optie wordt de vraag opnieuw gesteld, en gaat de volgende regel naar die vraag."
        case .option(.noColor):
            return "Geen kleur, ook niet in een terminal (NO_COLOR en TERM=dumb doen hetzelfde)."
        case .option(.record):
            return "Neem de sessie op als transcript in een nieuw bestand (--force vervangt een eerder); de bestanden die ze maakt komen in een map ernaast."
        case .option(.preset):
            return "Begin met het advies van een gemeente: een naam uit 'buurtstart presets', of je eigen bestand (NAAM.json)."
        case .option(.format):
            return "Welke documenten:"
        case .option(.from):
            return "Exporteer ook de mappen in dit bestand, één per regel; - leest ze van de standaardinvoer."
        case .option(.without):
            return "Laat deze pagina weg, deze keer (mag vaker; zonder deze optie geldt wat de sessie koos):"
        case .option(.folders):
            return "Meer mappen, elk met een eigen buurtstart.json (in plaats van --dir)."
        case .option(.update):
            return "Neem over wat het programma nu maakt: schrijf de transcripten en hun documenten opnieuw."
        case .option(.out):
            return "Schrijf de documenten (en buurtstart.json) van een transcript ook in deze map; alleen bij één transcript."
        case .option(.transcripts):
            return "Transcripten (NAAM.txt, met de map NAAM ernaast voor de documenten)."
        case .option(.address):
            return "De straat en het huisnummer, bijvoorbeeld \"Zeeweg 12\"."
        case .option(.postcode):
            return "De postcode, bijvoorbeeld \"2221 AB\", voor een gebied met postcodes."
        case .option(.groups):
            return "Een map met groepen (een map per groep, elk met buurtstart.json). Bij de sessie: elke straat en postcode wordt met de gebieden van die groepen vergeleken (en de map wordt onthouden); bij check-address: in welke groepen het adres ligt; bij groepen: de groepen van het register (standaard: deze map)."
        case .option(.overlap):
            return "Toon elk paar groepen waarvan de gebieden overlappen, met de delen die ze delen."
        case .option(.registerFormat):
            return "Hoe:"
        }
    }
}

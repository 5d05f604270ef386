/// The agreements: title, article in the charter, lines in the checklist and in WhatsApp, and
/// what the session says about them.
extension Dutch: AgreementWording {
    static func title(_ id: AgreementID) -> String {
        switch id {
        case .saar: "Werk volgens SAAR"
        case .call112First: "Eerst 112 bellen"
        case .say112Called: "Zeg dat je 112 hebt gebeld"
        case .oneCaller: "Eén persoon belt 112"
        case .allClear: "Meld als het voorbij is"
        case .behaviourNotAppearance: "Let op gedrag, niet op uiterlijk"
        case .whatIsSuspicious: "Wat is verdacht, en welk nummer bel je?"
        case .describePerson: "Beschrijf de persoon"
        case .describeVehicle: "Beschrijf het voertuig"
        case .approachSafely: "Iemand aanspreken: veilig en samen"
        case .noVigilantism: "Speel geen eigen rechter"
        case .photos: "Foto's van personen"
        case .noForwarding: "Wat in de groep staat, blijft in de groep"
        case .respect: "Wees respectvol"
        case .purposeOnly: "De groep is voor meldingen"
        case .noReplies: "Geen reacties onder een melding"
        case .citizensInitiative: "Een groep van de buurt, zonder politie"
        case .removal: "Wie zich niet aan de afspraken houdt"
        case .adminDecides: "De beheerders beslissen"
        case .leaveWhenMoving: "Weg uit het gebied"
        case .questionsPrivately: "Vragen aan een beheerder"
        case .stayNearHome: "Blijf bij je eigen huis"
        case .noAdverts: "Geen reclame, niet schreeuwen"
        case .ownMessages: "Je eigen berichten"
        case .neighbouringAdmins: "Beheerders van groepen in de buurt"
        case .wijkagentContact: "Contact met de wijkagent"
        case .phoneChain: "Buren zonder smartphone"
        }
    }

    static func id(_ id: AgreementID) -> String { id.rawValue }

    static func sentence(_ message: AgreementText) -> String {
        switch message {
        case .seedWarning(let id, let basedOn):
            let source = basedOn.map { "je begon met \($0). Afspraak \(named(id)) staat ook" } ?? "afspraak \(named(id)) staat"
            return "Let op: \(source) in het advies van veel gemeenten, zoals Katwijk. Dat advies vraagt: \(seedAsks(id))"
        case .leftOffByAll(let pair):
            return "Afspraak \(named(pair.first)) staat uit: die kan niet samen met afspraak \(named(pair.second))."
        case .noneChosen:
            return "Er staat nu geen afspraak aan. Typ de nummers van de afspraken die je wilt, of typ aanbevolen."
        case .fullTextHeading(let id, let on):
            return "Afspraak \(id.number): \(title(id)) (\(self.id(id))), staat nu \(on ? "aan" : "uit")"
        case .fullTextChecklist(let line):
            return "Op de checklist: \(line)"
        case .fullTextWhatsApp(let line):
            return "In WhatsApp: \(line)"
        case .fullTextSeed:
            return "Deze afspraak staat in het advies van veel gemeenten, zoals Katwijk."
        case .fullTextRecommended:
            return "Aanbevolen: deze afspraak staat aan als je begint."
        case .fullTextConflicts(let ids):
            return "Kan niet samen met: " + list(ids.map(named), or: true) + "."
        case .fullTextRequires(let ids):
            return "Werkt alleen samen met: " + list(ids.map(named)) + "."
        case .ownAgreementDoubt(let id, let settings):
            return "Let op: deze afspraak lijkt in te gaan tegen afspraak \(named(id)). Daarin staat: \"\(TextInput.lines(article(id, settings)).joined(separator: " "))\""
        case .ownAgreementAgainstAdvice(let id):
            return "Let op: deze afspraak lijkt in te gaan tegen het advies van veel gemeenten, zoals Katwijk. Afspraak \(named(id)) staat uit. Maar het advies vraagt: \(seedAsks(id))"
        case .title, .id, .article, .checklistLine, .descriptionLine, .welcomeLine:
            return text(message)
        }
    }

    static func article(_ id: AgreementID, _ settings: AgreementSettings) -> String {
        switch id {
        case .saar:
            let app = settings.mentionCalled112 ? "Zeg wat je ziet, waar, en dat je 112 hebt gebeld." : "Zeg wat je ziet en waar."
            var react = "R - Reageer: doe alleen iets als het veilig is. Kijk van een afstand, of doe een lamp aan."
            if settings.mentionApproach {
                react += " Iemand aanspreken doe je nooit in je eentje (afspraak \(AgreementID.approachSafely.number))."
            }
            if settings.mentionStayNearHome {
                react += " Blijf bij je eigen huis (afspraak \(AgreementID.stayNearHome.number))."
            }
            return """
            Zie je iets verdachts? Volg dan de vier stappen van SAAR:
            S - Signaleer: je ziet iemand iets doen dat niet past bij de plek of de tijd. Wat iemand verdacht maakt, is wat die doet, niet hoe die eruitziet.
            A - Alarmeer: gebeurt het nu? Bel 112. Zeg dat je belt over een verdachte situatie.
            A - App: zet een bericht in de groep. \(app)
            \(react)
            """
        case .call112First:
            return "Gebeurt er nu iets verdachts? Bel eerst 112. Zet pas daarna een bericht in de groep."
        case .say112Called:
            return "Zet in je bericht dat je 112 hebt gebeld. Zo bellen er niet tien mensen over hetzelfde."
        case .oneCaller:
            return "Heeft iemand in de groep gezegd dat die 112 heeft gebeld? Dan hoef jij niet ook te bellen. Zie je iets nieuws, bijvoorbeeld welke kant iemand op gaat? Bel dan wel opnieuw."
        case .allClear:
            return "Is het voorbij, of was het loos alarm? Dan zegt degene die de melding deed dat in de groep. Bijvoorbeeld: 'Alles veilig, het was een bezorger.' Zo weet iedereen dat niemand meer hoeft op te letten."
        case .behaviourNotAppearance:
            return "Verdacht is wat iemand doet, waar en wanneer. Hoe iemand eruitziet, maakt die persoon niet verdacht: niet de huidskleur, niet de kleding en niet de afkomst. Meld dus wat je iemand ziet doen."
        case .whatIsSuspicious:
            return """
            Verdacht is iemand die iets doet wat niet past bij de plek of de tijd. Bijvoorbeeld: iemand kijkt bij huizen naar binnen of probeert deuren open te doen. Of onbekenden blijven rondhangen op een vreemd tijdstip.
            Gebeurt het nu? Bel 112.
            Komt iets steeds terug, zoals een onbekende auto die elke avond een rondje door de buurt rijdt? Is er overlast, bijvoorbeeld van jongeren? Of is iets al voorbij, zoals een vernieling? Bel dan 0900-8844 of vertel het de wijkagent. Dat is niet voor 112.
            """
        case .describePerson:
            let skin = settings.skinColour
                ? "Huidskleur mag je noemen als het helpt om iemand te herkennen, maar het is nooit een reden om iemand verdacht te vinden."
                : "Noem geen huidskleur of afkomst."
            return "Beschrijf eerst wat de persoon doet en welke kant die op gaat. Daarna hoe de persoon eruitziet: man of vrouw, lengte, kleding, gezicht, en wat opvalt, zoals een tas of een tatoeage. " + skin
        case .describeVehicle:
            return "Noem bij een auto, scooter of fiets de kleur, het merk, het type en het kenteken. Zeg ook welke kant het op rijdt."
        case .approachSafely:
            var text = "Spreek iemand alleen aan als je je veilig voelt. Doe het nooit in je eentje: doe het met \(groupSize(settings.approachGroup)) leden. Neem geen risico. Twijfel je? Bel eerst 112."
            if settings.membersUnder18 { text += " Ben je jonger dan 18? Dan spreek je niemand aan." }
            return text
        case .noVigilantism:
            return "Je houdt niemand vast en je gaat niemand achterna. Je overtreedt geen wetten of regels. Dus ook: geen telefoon in je hand als je rijdt."
        case .photos:
            switch settings.photoRule {
            case .never:
                return "Stuur geen foto's of filmpjes van mensen in de groep. Beschrijf de persoon in woorden. Vraagt de politie om een foto die je toch hebt? Geef hem dan aan de politie, en aan niemand anders."
            case .forDescription:
                return "Maak alleen een foto van een persoon als dat veilig kan, en alleen als je hem nodig hebt voor een goede beschrijving. Een foto kan iemand schaden, ook als die niets heeft gedaan. Stuur de foto nooit door buiten de groep en zet hem nooit online. Was het loos alarm? Dan verwijdert iedereen de foto. Vraagt de politie om de foto? Geef hem dan aan de politie."
            case .onlyToPolice:
                return "Stuur geen foto's of filmpjes van mensen in de groep, en ook niet naar anderen. Heb je een foto die de politie kan helpen? Geef hem aan de politie als die erom vraagt."
            }
        case .noForwarding:
            var text = "Stuur geen berichten, foto's of schermafbeeldingen uit de groep door naar anderen, en zet niets online. Zo schaad je niemand die onschuldig is."
            if settings.mentionPhoneChain {
                text += " De buren van de belketen (afspraak \(AgreementID.phoneChain.number)) vertel je wel wat er aan de hand is, maar zonder foto's."
            }
            if settings.mentionNeighbouringAdmins {
                text += " Alleen de beheerders van groepen in de buurt (afspraak \(AgreementID.neighbouringAdmins.number)) geven een melding door aan hun eigen groep. Dat doen ze zonder foto's, namen of telefoonnummers."
            }
            return text
        case .respect:
            return "Je vloekt niet, je scheldt niet en je discrimineert niet. Je schrijft met respect over iedereen, ook over de mensen die je meldt."
        case .purposeOnly:
            return "Zet in de groep alleen meldingen van verdachte situaties. Geen gezellige berichten, geen berichten over andere dingen, en geen berichten die voor één persoon bedoeld zijn. Zo blijft elk bericht belangrijk."
                + (settings.separateChatGroup ? " Voor gewone berichten is er de aparte chatgroep." : "")
        case .noReplies:
            return "Reageer niet op een melding met 'bedankt', duimpjes of andere reacties. Schrijf pas iets als je nieuwe informatie hebt."
        case .citizensInitiative:
            let who = settings.worksToo ? "de mensen die in het gebied wonen of werken" : "bewoners"
            return "Deze groep is van en voor \(who). De politie is geen lid van de groep en leest niet mee. Een bericht in de groep is dus geen melding bij de politie. Gebeurt er nu iets verdachts? Bel 112. Is er geen spoed? Bel 0900-8844."
        case .removal:
            let reasons = settings.mentionForwarding
                ? "Wie discrimineert, dreigt, of berichten of foto's buiten de groep doorstuurt"
                    + (settings.mentionNeighbouringAdmins ? " (anders dan afspraak \(AgreementID.noForwarding.number) toestaat)" : "")
                : "Wie discrimineert of dreigt"
            return "Houdt een lid zich niet aan de afspraken? Dan krijgt die persoon eerst een waarschuwing van een beheerder. Gebeurt het nog een keer, dan haalt een beheerder die persoon uit de groep. \(reasons), gaat meteen uit de groep, zonder waarschuwing."
        case .adminDecides:
            return "Staat iets niet in deze afspraken? Dan beslissen de beheerders."
        case .leaveWhenMoving:
            return settings.worksToo
                ? "Ga je verhuizen uit het gebied, of werk je er niet meer? Ga dan uit de groep en laat het een beheerder weten."
                : "Ga je verhuizen uit het gebied? Ga dan uit de groep en laat het een beheerder weten."
        case .questionsPrivately:
            return "Heb je een vraag over de groep? Stel die niet in de groep, maar in een bericht aan een beheerder."
        case .stayNearHome:
            return "Gebeurt er iets in de buurt? Blijf dan bij je eigen huis en let op wat je daar ziet. Ga er niet met z'n allen op af."
        case .noAdverts:
            return "Zet geen reclame in de groep. Schrijf niet in HOOFDLETTERS: dat leest als schreeuwen."
        case .ownMessages:
            return "Je bent zelf verantwoordelijk voor wat je in de groep zet."
        case .neighbouringAdmins:
            return "De beheerders van groepen in de buurt zijn ook lid van deze groep, ook als ze niet in ons gebied wonen. Zo waarschuwen de groepen elkaar. Zij zien dus ook je telefoonnummer. Zo'n beheerder mag een melding doorgeven aan de eigen groep, maar zonder foto's, namen of telefoonnummers."
        case .wijkagentContact:
            let who = settings.contactAdmin.isEmpty ? "Eén beheerder" : "Beheerder \(settings.contactAdmin)"
            return "\(who) houdt contact met de wijkagent. De wijkagent is geen lid van de groep. Komt iets steeds terug, of is er overlast? Vertel het die beheerder, of bel zelf 0900-8844. Gebeurt er nu iets? Bel 112."
        case .phoneChain:
            return "Sommige buren hebben geen smartphone. Zij staan op een belketen: bij een melding belt een lid in de buurt hen op. Daarvoor bewaren de beheerders hun naam en telefoonnummer, en geven ze dat nummer aan de leden die bellen."
        }
    }

    /// `2 tot en met 4`, or `4` when the group chose the most allowed.
    private static func groupSize(_ sizes: ClosedRange<Int>) -> String {
        sizes.count == 1 ? "\(sizes.lowerBound)" : "minstens \(sizes.lowerBound) en hoogstens \(sizes.upperBound)"
    }

    static func checklistLine(_ id: AgreementID, _ settings: AgreementSettings) -> String {
        switch id {
        case .saar: return "Ik ken de vier stappen van SAAR: Signaleer, Alarmeer, App, Reageer."
        case .call112First: return "Gebeurt er nu iets verdachts? Dan bel ik eerst 112, en zet ik pas daarna een bericht in de groep."
        case .say112Called: return "Ik zet in mijn bericht dat ik 112 heb gebeld."
        case .oneCaller: return "Heeft iemand al 112 gebeld? Dan bel ik alleen opnieuw als ik iets nieuws zie."
        case .allClear: return "Is mijn melding voorbij, of was het loos alarm? Dan zeg ik dat in de groep."
        case .behaviourNotAppearance: return "Ik vind iemand verdacht om wat die doet, niet om uiterlijk of afkomst."
        case .approachSafely:
            return "Ik spreek iemand alleen aan als het veilig is, en nooit in mijn eentje: met \(groupSize(settings.approachGroup)) leden."
                + (settings.membersUnder18 ? " Ben ik jonger dan 18, dan spreek ik niemand aan." : "")
        case .noVigilantism: return "Ik speel geen eigen rechter en ik houd me aan de wet."
        case .photos:
            switch settings.photoRule {
            case .never: return "Ik stuur geen foto's van mensen in de groep."
            case .forDescription: return "Ik maak alleen een foto van iemand als dat veilig kan en nodig is voor een beschrijving. Ik stuur hem nooit door buiten de groep."
            case .onlyToPolice: return "Ik stuur geen foto's van mensen in de groep. Een foto geef ik alleen aan de politie, als die erom vraagt."
            }
        case .noForwarding: return "Ik stuur niets uit de groep door naar anderen, en ik zet niets online."
        case .respect: return "Ik vloek niet, ik scheld niet en ik discrimineer niet."
        case .purposeOnly: return "Ik zet in de groep alleen meldingen van verdachte situaties."
        case .noReplies: return "Ik reageer niet met bedankjes of duimpjes op een melding."
        case .citizensInitiative: return "De politie zit niet in de groep. Bij spoed bel ik 112, anders 0900-8844."
        case .leaveWhenMoving:
            return settings.worksToo
                ? "Verhuis ik uit het gebied, of werk ik er niet meer? Dan ga ik uit de groep."
                : "Verhuis ik uit het gebied? Dan ga ik uit de groep."
        case .questionsPrivately: return "Vragen over de groep stel ik in een bericht aan een beheerder, niet in de groep."
        case .stayNearHome: return "Bij een melding blijf ik bij mijn eigen huis."
        case .noAdverts: return "Ik zet geen reclame in de groep."
        case .ownMessages: return "Ik ben zelf verantwoordelijk voor mijn berichten."
        case .whatIsSuspicious, .describePerson, .describeVehicle, .removal, .adminDecides,
             .neighbouringAdmins, .wijkagentContact, .phoneChain:
            return ""
        }
    }

    static func descriptionLine(_ id: AgreementID) -> String {
        switch id {
        case .purposeOnly: "Alleen meldingen van verdachte situaties, geen andere berichten."
        case .call112First: "Gebeurt er nu iets verdachts? Bel eerst 112. Zet daarna een bericht in de groep."
        case .say112Called: "Zeg in je bericht dat je 112 hebt gebeld."
        case .noReplies: "Geen reacties onder een melding."
        case .respect: "Respect voor iedereen."
        case .noForwarding: "Niets doorsturen buiten de groep."
        case .citizensInitiative: "De politie zit niet in de groep. Nu iets verdachts? Bel 112. Geen spoed: 0900-8844."
        default: ""
        }
    }

    static func welcomeLine(_ id: AgreementID, _ settings: AgreementSettings) -> String {
        switch id {
        case .saar:
            return """
            *Zo werkt het: SAAR*
            1. _Signaleer_: je ziet iemand iets doen dat niet past bij de plek of de tijd.
            2. _Alarmeer_: gebeurt het nu? Bel 112.
            3. _App_: zet een bericht in de groep. \(settings.mentionCalled112 ? "Zeg wat je ziet, waar, en dat je 112 hebt gebeld." : "Zeg wat je ziet en waar.")
            4. _Reageer_: doe alleen iets als het veilig is.
            """
        case .call112First: return descriptionLine(id)
        case .allClear: return "Is het voorbij, of was het loos alarm? Zeg het dan in de groep."
        case .behaviourNotAppearance: return "Verdacht is wat iemand doet, waar en wanneer. Uiterlijk maakt niemand verdacht."
        case .photos:
            switch settings.photoRule {
            case .never: return "Stuur geen foto's van mensen."
            case .forDescription: return "Een foto van een persoon alleen als het veilig kan en nodig is voor een beschrijving."
            case .onlyToPolice: return "Stuur geen foto's van mensen in de groep."
            }
        case .noForwarding: return "Stuur niets uit deze groep door, en zet niets online."
        case .questionsPrivately: return "Vragen over de groep? Stel ze niet in de groep, maar in een bericht aan een beheerder."
        default: return ""
        }
    }

    /// What the seed page asks, in our own words, for a seed agreement that is switched off.
    private static func seedAsks(_ id: AgreementID) -> String {
        switch id {
        case .call112First: "zie je iets verdachts dat nu gebeurt, bel dan eerst 112."
        case .say112Called: "laat in de groep weten dat je 112 hebt gebeld, zodat er niet meer mensen over hetzelfde bellen."
        case .whatIsSuspicious: "spreek samen af wat opvallend gedrag is, bijvoorbeeld iemand die de buurt lijkt te verkennen."
        case .describePerson: "beschrijf een verdachte duidelijk, bijvoorbeeld de kleding, de lengte en het gezicht."
        case .describeVehicle: "noem bij een voertuig de kleur, het merk, het type en het kenteken."
        case .approachSafely: "spreek iemand alleen aan als je je veilig voelt, het liefst met 2 of meer leden, en neem geen risico."
        case .noVigilantism: "speel geen eigen rechter en overtreed geen wetten, ook niet met je telefoon in je hand in de auto."
        case .photos: "stuur een foto van een verdachte alleen als die nodig is voor een duidelijke beschrijving."
        case .respect: "let op je taal: niet vloeken, niet schelden en niet discrimineren."
        case .purposeOnly: "gebruik de groep alleen voor verdachte situaties, zodat elk bericht belangrijk blijft."
        case .citizensInitiative: "de politie is geen lid van de groep, en reageert op meldingen via 112."
        default: ""
        }
    }
}

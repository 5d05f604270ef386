/// The agreements: title, article in the charter, line in the checklist.
extension Dutch {
    static func title(_ id: AgreementID) -> String {
        switch id {
        case .saar: "Werk volgens SAAR"
        case .call112First: "Eerst 112 bellen"
        case .say112Called: "Zeg dat je 112 hebt gebeld"
        case .oneCaller: "Eén persoon belt 112"
        case .allClear: "Meld als het voorbij is"
        case .behaviourNotAppearance: "Let op gedrag, niet op uiterlijk"
        case .whatIsSuspicious: "Wat is verdacht?"
        case .describePerson: "Beschrijf de persoon"
        case .describeVehicle: "Beschrijf het voertuig"
        case .approachSafely: "Iemand aanspreken alleen als het veilig is"
        case .noVigilantism: "Speel geen eigen rechter"
        case .photos: "Foto's van personen"
        case .respect: "Wees respectvol"
        case .purposeOnly: "Alleen voor meldingen"
        case .noReplies: "Geen reacties onder een melding"
        case .citizensInitiative: "Een groep van bewoners"
        case .removal: "Wie zich niet aan de afspraken houdt"
        case .adminDecides: "De beheerders beslissen"
        case .leaveWhenMoving: "Verhuizen"
        case .questionsPrivately: "Vragen aan een beheerder"
        case .stayNearHome: "Blijf bij je eigen huis"
        case .noAdverts: "Geen reclame en geen hoofdletters"
        case .ownMessages: "Je eigen berichten"
        case .neighbouringAdmins: "Beheerders van groepen in de buurt"
        case .wijkagentInGroup: "De wijkagent in de groep"
        case .phoneChain: "Buren zonder smartphone"
        }
    }

    static func article(_ id: AgreementID, _ choices: AgreementChoices, _ answers: Answers) -> String {
        switch id {
        case .saar:
            return "Zie je iets verdachts? Volg dan de vier stappen van SAAR: Signaleer, Alarmeer, App, Reageer. Hoofdstuk 5 legt ze uit."
        case .call112First:
            return "Gebeurt er nu iets verdachts? Bel eerst 112. Zet pas daarna een bericht in de groep."
        case .say112Called:
            return "Zet in je bericht dat je 112 hebt gebeld. Zo bellen er niet tien mensen over hetzelfde."
        case .oneCaller:
            return "Heeft iemand al 112 gebeld? Dan bel jij niet ook. Bel wel opnieuw als je iets nieuws ziet, bijvoorbeeld welke kant iemand op gaat."
        case .allClear:
            return "Is het voorbij, of was het loos alarm? Dan meldt degene die de melding deed dat in de groep. Bijvoorbeeld: 'Alles veilig, het was een bezorger.' Zo weet iedereen dat niemand meer hoeft op te letten."
        case .behaviourNotAppearance:
            return "Verdacht is wat iemand doet, waar en wanneer. Huidskleur, kleding of afkomst maken iemand niet verdacht. Meld dus gedrag, niet alleen hoe iemand eruitziet."
        case .whatIsSuspicious:
            return "Bijvoorbeeld: iemand kijkt bij huizen naar binnen of probeert deuren. Onbekenden hangen rond op een vreemd tijdstip. Een onbekende auto rijdt elke avond rondjes door de buurt. Iemand vernielt iets, of jongeren zorgen voor overlast."
        case .describePerson:
            let base = "Beschrijf eerst wat de persoon doet en welke kant hij op gaat. Daarna: man of vrouw, lengte, kleding, gezicht en opvallende kenmerken, zoals een tas of een tatoeage."
            return base + (choices.skinColourInDescription
                ? " Huidskleur mag je noemen als het helpt om iemand te herkennen."
                : " Noem geen huidskleur of afkomst.")
        case .describeVehicle:
            return "Noem bij een auto, scooter of fiets de kleur, het merk, het type en het kenteken. Zeg ook welke kant het op rijdt."
        case .approachSafely:
            return "Spreek iemand alleen aan als je je veilig voelt, en nooit alleen: doe het met minstens \(choices.approachGroupSize) leden. Neem geen risico. Bel bij twijfel eerst 112."
        case .noVigilantism:
            return "Je houdt niemand vast en je achtervolgt niemand. Je overtreedt geen wetten of regels. Dus ook: geen telefoon in je hand als je rijdt."
        case .photos:
            switch choices.photoRule {
            case .never: return "Stuur geen foto's of filmpjes van mensen in de groep. Beschrijf de persoon in woorden."
            case .forDescription: return "Stuur alleen een foto van een persoon als dat nodig is voor een goede beschrijving. Een foto kan iemand schaden, ook als die niets heeft gedaan."
            case .onlyToPolice: return "Stuur foto's of filmpjes van een persoon alleen naar de politie, nooit in de groep."
            }
        case .respect:
            return "Je vloekt niet, je scheldt niet en je discrimineert niet. Je schrijft met respect voor iedereen."
        case .purposeOnly:
            return "De groep is alleen voor verdachte situaties. Stuur geen andere berichten en geen privéberichten. Zo blijft elk bericht belangrijk."
                + (answers.membership.separateChatGroup ? " Voor gewone berichten is er de aparte chatgroep." : "")
        case .noReplies:
            return "Reageer niet met 'bedankt', duimpjes of andere reacties op een melding. Schrijf alleen iets als je nieuwe informatie hebt."
        case .citizensInitiative:
            return "Deze groep is van en voor bewoners. De politie komt alleen als je 112 belt, niet op een bericht in de groep."
        case .removal:
            return "Houdt een lid zich niet aan de afspraken? Dan krijgt die eerst een waarschuwing van een beheerder. Gebeurt het weer, dan haalt de beheerder die persoon uit de groep."
        case .adminDecides:
            return "Staat iets niet in deze afspraken? Dan beslissen de beheerders."
        case .leaveWhenMoving:
            return "Ga je verhuizen uit het gebied? Verlaat dan de groep en laat het een beheerder weten."
        case .questionsPrivately:
            return "Heb je een vraag over de groep? Stel die aan een beheerder in een privébericht, niet in de groep."
        case .stayNearHome:
            return "Gebeurt er iets in de buurt? Blijf dan bij je eigen huis en let op wat je daar ziet. Ga niet allemaal naar dezelfde plek."
        case .noAdverts:
            return "Zet geen reclame in de groep. Schrijf niet in HOOFDLETTERS: dat leest als schreeuwen."
        case .ownMessages:
            return "Je bent zelf verantwoordelijk voor wat je in de groep zet."
        case .neighbouringAdmins:
            return "De beheerders van groepen in de buurt mogen lid zijn van deze groep. Zo waarschuwen de groepen elkaar."
        case .wijkagentInGroup:
            return "De wijkagent mag lid zijn van de groep. De wijkagent leest mee, maar reageert niet op meldingen. Bel bij iets verdachts altijd 112."
        case .phoneChain:
            return "Sommige buren hebben geen smartphone. Bij een melding belt een lid in de buurt hen op."
        }
    }

    /// The checklist line for an agreement that asks something of the member; empty when the
    /// fixed checklist already covers it or it asks nothing of a member.
    static func checklistLine(_ id: AgreementID, _ choices: AgreementChoices) -> String {
        switch id {
        case .call112First: "Ik bel eerst 112 en zet pas daarna een bericht in de groep."
        case .say112Called: "Ik zet in mijn bericht of ik 112 heb gebeld."
        case .oneCaller: "Heeft iemand al 112 gebeld? Dan bel ik alleen als ik iets nieuws zie."
        case .allClear: "Is mijn melding voorbij of was het loos alarm? Dan meld ik dat in de groep."
        case .behaviourNotAppearance: "Ik meld wat iemand doet, niet alleen hoe iemand eruitziet."
        case .approachSafely: "Ik spreek iemand alleen aan als het veilig is, met minstens \(choices.approachGroupSize) leden."
        case .noVigilantism: "Ik speel geen eigen rechter en houd me aan de wet."
        case .photos:
            switch choices.photoRule {
            case .never: "Ik stuur geen foto's van mensen in de groep."
            case .forDescription: "Ik stuur alleen een foto van iemand als dat nodig is voor een beschrijving."
            case .onlyToPolice: "Ik stuur foto's van mensen alleen naar de politie."
            }
        case .respect: "Ik vloek niet, ik scheld niet en ik discrimineer niet."
        case .purposeOnly: "Ik gebruik de groep alleen voor verdachte situaties."
        case .noReplies: "Ik reageer niet met bedankjes of duimpjes op een melding."
        case .citizensInitiative: "Ik weet dat de politie alleen komt als ik 112 bel."
        case .questionsPrivately: "Vragen over de groep stel ik privé aan een beheerder."
        case .stayNearHome: "Bij een melding blijf ik bij mijn eigen huis."
        case .noAdverts: "Ik zet geen reclame in de groep."
        case .ownMessages: "Ik ben zelf verantwoordelijk voor mijn berichten."
        case .saar, .whatIsSuspicious, .describePerson, .describeVehicle, .removal, .adminDecides,
             .leaveWhenMoving, .neighbouringAdmins, .wijkagentInGroup, .phoneChain:
            ""
        }
    }
}

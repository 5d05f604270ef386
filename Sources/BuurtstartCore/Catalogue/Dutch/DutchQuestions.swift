/// Each question: its text, its short label for the prompt, and its help.
extension Dutch {
    static func question(_ question: QuestionID) -> String {
        switch question {
        case .municipality:
            return "In welke gemeente ligt je buurt?"
        case .neighbourhood:
            return "Hoe heet je buurt, wijk of straat?"
        case .groupName:
            return "Hoe gaat de groep heten? Druk op Enter voor de naam tussen de haken."
        case .street:
            return """
            Welke straten horen bij de groep? Typ één straat per regel.
            Voorbeelden: Zeeweg, Zeeweg 1-99 oneven, Boulevard 2-40 even, Voorstraat 10-80.
            Druk op Enter als alle straten erin staan.
            """
        case .postcode:
            return """
            Welke postcodes horen bij de groep? Typ één postcode per regel, bijvoorbeeld 2221 AB. \
            Alleen de 4 cijfers mag ook, bijvoorbeeld 2221.
            Druk op Enter als je klaar bent. Geen postcodes noemen mag ook.
            """
        case .boundary:
            return """
            Wil je de grens van het gebied in woorden beschrijven? Bijvoorbeeld: tussen de Zeeweg \
            en de Noordzee. Druk op Enter om over te slaan. Typ - om de grens te wissen.
            """
        case .minimumAge:
            return "Hoe oud moet je minstens zijn om mee te doen? Meestal is dat 18 jaar."
        case .eligibility:
            return "Wie mag meedoen?"
        case .expectedMembers:
            return "Hoeveel leden verwacht je ongeveer? Druk op Enter als je het niet weet."
        case .chatGroup:
            return "Komt er naast deze groep voor meldingen ook een aparte groep om te kletsen? Dan blijft de meldgroep rustig."
        case .adminName:
            return """
            Wie worden de beheerders? Typ de voornaam van één beheerder per regel. Kies er liefst \
            twee of meer, zodat de groep niet van één persoon afhangt.
            Druk op Enter als iedereen erin staat.
            """
        case .adminPhone:
            return "Wat is het telefoonnummer van deze beheerder? Druk op Enter om over te slaan."
        case .phonesInCharter:
            return """
            Wil je de telefoonnummers van de beheerders in de spelregels zetten? Iedereen die de \
            spelregels krijgt, ziet ze dan. Zonder nummers vinden leden de beheerders in de groep.
            """
        case .signUpContact:
            return """
            Waar kunnen buren zonder WhatsApp zich aanmelden? Dit komt in de uitnodiging voor de \
            buren, na 'Aanmelden:', en op het strookje onder de brief. Bijvoorbeeld: bij Anna, \
            Zeeweg 12. Geef alleen wat de beheerder wil delen. Druk op Enter om over te slaan: dan \
            blijft er een lege plek om met de hand in te vullen. Typ - om te wissen.
            """
        case .pages:
            return """
            Ik maak ook pagina's om af te drukken: de spelregels, de checklist en een \
            privacyverklaring. Welke wil je er nog bij?
            """
        case .letterSigner:
            return "Met welke voornaam onderteken je de brief voor de buren?"
        case .contactAdmin:
            return "Wie is de contactpersoon voor de gemeente en de wijkagent?"
        case .agreements:
            return """
            Welke afspraken maakt de groep? Een kruisje [x] betekent: staat aan. Je kunt elke afspraak aan- of uitzetten.
            Typ een nummer om een afspraak aan te zetten (3), of met een min ervoor om hem uit te zetten (-3). \
            Meer tegelijk mag ook: 3 -5 19. Of typ: alles, geen, aanbevolen of lijst.
            Druk op Enter als je klaar bent.
            """
        case .approachGroupSize:
            return "Met hoeveel leden spreek je iemand minstens aan? Doe het nooit in je eentje. Meestal is dat 2."
        case .photoRule:
            return "Wat mag de groep met foto's van een persoon die verdacht lijkt?"
        case .skinColour:
            return """
            Mag huidskleur in de beschrijving van een persoon? Beschrijf vooral wat iemand doet. \
            Hoe iemand eruitziet, zegt niet of iemand verdacht is.
            """
        case .customAgreement:
            return "Wil je eigen afspraken toevoegen? Typ één afspraak per regel, in een korte zin. Een eigen afspraak mag de andere afspraken niet tegenspreken. Druk op Enter als je klaar bent."
        case .wijkagentName:
            return """
            Hoe heet de wijkagent van jullie buurt? Je vindt de wijkagent op politie.nl, \
            met je postcode. Druk op Enter om over te slaan. Typ - om te wissen.
            """
        case .wijkagentReach:
            return "Hoe bereik je de wijkagent? Bijvoorbeeld: via 0900-8844. Druk op Enter om over te slaan."
        case .burgernet:
            return "Raad je de leden de Burgernet-app aan? Daarmee vraagt de politie soms om uit te kijken naar iemand in de buurt."
        case .review:
            return ""
        }
    }

    static func label(_ question: QuestionID) -> String {
        switch question {
        case .municipality: "Gemeente"
        case .neighbourhood: "Buurt"
        case .groupName: "Naam van de groep"
        case .street: "Straat (Enter = klaar)"
        case .postcode: "Postcode (Enter = klaar)"
        case .boundary: "Grens"
        case .minimumAge: "Minimumleeftijd"
        case .eligibility, .contactAdmin, .photoRule: "Keuze"
        case .expectedMembers: "Aantal leden"
        case .chatGroup: "Aparte chatgroep (ja/nee)"
        case .adminName: "Voornaam (Enter = klaar)"
        case .adminPhone: "Telefoonnummer"
        case .signUpContact: "Aanmelden bij"
        case .pages: "Keuze"
        case .letterSigner: "Voornaam"
        case .phonesInCharter: "Nummers in de spelregels (ja/nee)"
        case .agreements: "Afspraken (Enter = klaar)"
        case .approachGroupSize: "Aantal"
        case .skinColour: "Huidskleur (ja/nee)"
        case .customAgreement: "Eigen afspraak (Enter = klaar)"
        case .wijkagentName: "Wijkagent"
        case .wijkagentReach: "Bereikbaar via"
        case .burgernet: "Burgernet (ja/nee)"
        case .review: "klaar, wijzig N of stop"
        }
    }

    static func help(_ question: QuestionID) -> String {
        let list = "Typ lijst om te zien wat er al staat, en verwijder 2 om nummer 2 weg te halen."
        switch question {
        case .municipality:
            return "De gemeente komt in de spelregels. Veel gemeenten plaatsen een bord als de groep bij hen bekend is."
        case .neighbourhood:
            return "Bijvoorbeeld de naam van de wijk (Zeeweg-Noord) of van de straat (Zeeweg). Daarmee maak ik een naam voor de groep."
        case .groupName:
            return "Kies een naam die buren herkennen. Tot \(AnswerLimits.groupNameShown) tekens past overal. Langer dan \(AnswerLimits.groupName) tekens kan niet."
        case .street:
            return """
            Een straat mag heel (Zeeweg), of een deel: huisnummers (Voorstraat 10-80) en één kant \
            (Zeeweg 1-99 oneven, Boulevard 2-40 even). Twee regels van dezelfde straat mogen niet \
            overlappen. Staat er een getal in de naam, zoals bij Plein 1813? Zet de naam dan tussen \
            aanhalingstekens: "Plein 1813" voor de hele straat, of "Plein 1813" 1-20 voor een deel. \(list)
            """
        case .postcode:
            return "Buren zoeken een groep vaak op postcode. Een postcode heeft 4 cijfers en 2 letters. \(list)"
        case .boundary:
            return "Een zin helpt buren om het gebied te zien, bijvoorbeeld: tussen de Zeeweg, de Voorstraat en de duinen."
        case .minimumAge:
            return "De meeste groepen kiezen 18 jaar. WhatsApp mag in de EU vanaf \(AnswerLimits.age.lowerBound) jaar. Onder de \(AnswerLimits.parentConsentAge) is toestemming van een ouder nodig."
        case .eligibility:
            return "Typ 1 of \(Eligibility.allCases.count). Mensen die er werken, zijn er vaak overdag, als de bewoners weg zijn."
        case .expectedMembers:
            return "Een getal is genoeg, bijvoorbeeld 40. Boven de 100 leden wordt een groep onrustig. WhatsApp staat hoogstens 1024 leden toe."
        case .chatGroup:
            return "Veel mensen ergeren zich aan te veel berichten. Een aparte chatgroep houdt de meldgroep rustig. Typ ja of nee."
        case .adminName:
            return "Alleen de voornaam komt in de spelregels. Het telefoonnummer vraag ik apart; het blijft in buurtstart.json. \(list)"
        case .adminPhone:
            return "Bijvoorbeeld 06-12345678 of +31 6 12345678. Het nummer komt nooit in de checklist, en alleen in de spelregels als je dat bij de volgende vraag kiest."
        case .phonesInCharter:
            return "De spelregels worden vaak afgedrukt of gedeeld. Kies alleen ja als de beheerders dat goed vinden. In de checklist staan nooit telefoonnummers."
        case .signUpContact:
            return "Veel buren zitten nog in geen enkele app. Met een adres of een ander contact melden ze zich op papier aan. De uitnodiging kan iedereen lezen: zet er alleen in wat de beheerder wil delen."
        case .pages:
            return "De brief doe je in elke brievenbus in het gebied. Onderaan zit een strookje om je op papier aan te melden. De kennismaking geef je aan de wijkagent en de gemeente. Typ het nummer."
        case .letterSigner:
            return "Meestal is dat de naam van wie de groep start. Alleen de voornaam komt in de brief."
        case .contactAdmin:
            return "De gemeente en de wijkagent nemen contact op met deze beheerder. Typ het nummer of de voornaam."
        case .agreements:
            return "Typ bijvoorbeeld 19 om afspraak 19 aan te zetten, of -19 om hem uit te zetten. De naam tussen haakjes werkt ook: -fotos."
        case .approachGroupSize:
            return "Iemand aanspreken doe je alleen als het veilig is, en nooit in je eentje. Met een paar mensen samen is het veiliger; met te veel wordt het een groep tegen één. Typ een getal van \(AgreementChoices.approachGroupSizes.lowerBound) tot en met \(AgreementChoices.approachGroupSizes.upperBound)."
        case .photoRule:
            return "Een foto delen kan iemand schaden, ook als die niets heeft gedaan. Typ 1, 2 of 3."
        case .skinColour:
            return "Onderzoek laat zien dat mensen in zulke groepen soms worden verdacht om hun uiterlijk. Daarom staat dit standaard op nee."
        case .customAgreement:
            return "Bijvoorbeeld: Na 23.00 uur alleen berichten bij spoed. Een eigen afspraak mag de andere afspraken niet tegenspreken. Gaat hij over uiterlijk, iemand vasthouden of volgen, foto's of film, of 112? Dan laat ik zien met welke afspraak hij lijkt te botsen. Jij beslist of hij blijft. \(list)"
        case .wijkagentName:
            return "De wijkagent is de agent voor jullie buurt. De naam komt bij de belangrijke nummers."
        case .wijkagentReach:
            return "Bijvoorbeeld: via 0900-8844, of via politie.nl."
        case .burgernet:
            return "Burgernet is een gratis app van de politie. Je hoeft je niet aan te melden."
        case .review:
            return "Typ klaar om de documenten te maken, wijzig 2 om stap 2 aan te passen, of stop om later verder te gaan."
        }
    }
}

package dev.briefing.kit;

import java.util.Locale;

/** The label sets that ship with the library. */
final class BuiltIn {
  static final SectionLabels ENGLISH = SectionLabels.builder()
      .language(Locale.ENGLISH)
      .signal("The Signal").whatHappened("What Happened").whyItMatters("Why It Matters")
      .theNumbers("The Numbers").whatToWatch("What To Watch").details("Details")
      .asOf("as of").id("ID").published("Published").languageLabel("Language")
      .author("Author").tag("Tag").source("Source")
      .addImpactOrders("First-order", "Second-order", "Third-order", "Fourth-order", "Fifth-order",
          "Sixth-order", "Seventh-order", "Eighth-order", "Ninth-order", "Tenth-order")
      .build();

  static final SectionLabels GERMAN = SectionLabels.builder()
      .language(Locale.GERMAN)
      .signal("Das Signal").whatHappened("Was geschah").whyItMatters("Warum es wichtig ist")
      .theNumbers("Die Zahlen").whatToWatch("Worauf zu achten ist").details("Details")
      .asOf("Stand").id("ID").published("Veröffentlicht").languageLabel("Sprache")
      .author("Autor").tag("Schlagwort").source("Quelle")
      .valueHeading("Wert").measureHeading("Kennzahl").asOfHeading("Stand")
      .likelihood("Wahrscheinlichkeit").confidence("Konfidenz").horizon("Zeithorizont")
      .alternativeViews("Raum für Widerspruch").indicator("Indikator").threshold("Schwelle")
      .reviewBy("Überprüfen bis").status("Status").statusOpen("offen").statusTriggered("ausgelöst")
      .statusExpired("abgelaufen").statusRetired("eingestellt")
      .addImpactOrders("Erste Ordnung", "Zweite Ordnung", "Dritte Ordnung", "Vierte Ordnung",
          "Fünfte Ordnung", "Sechste Ordnung", "Siebte Ordnung", "Achte Ordnung", "Neunte Ordnung",
          "Zehnte Ordnung")
      .build();

  static final SectionLabels FRENCH = SectionLabels.builder()
      .language(Locale.FRENCH)
      .signal("Le signal").whatHappened("Ce qui s’est passé").whyItMatters("Pourquoi c’est important")
      .theNumbers("Les chiffres").whatToWatch("À surveiller").details("Détails")
      .asOf("au").id("ID").published("Publié").languageLabel("Langue")
      .author("Auteur").tag("Mot-clé").source("Source")
      .valueHeading("Valeur").measureHeading("Indicateur").asOfHeading("Date")
      .likelihood("Probabilité").confidence("Confiance").horizon("Horizon")
      .alternativeViews("Place au désaccord").indicator("Indicateur").threshold("Seuil")
      .reviewBy("À revoir le").status("Statut").statusOpen("ouvert").statusTriggered("déclenché")
      .statusExpired("expiré").statusRetired("retiré")
      .addImpactOrders("Premier ordre", "Deuxième ordre", "Troisième ordre", "Quatrième ordre",
          "Cinquième ordre", "Sixième ordre", "Septième ordre", "Huitième ordre", "Neuvième ordre",
          "Dixième ordre")
      .build();

  static final SectionLabels SPANISH = SectionLabels.builder()
      .language(new Locale("es"))
      .signal("La señal").whatHappened("Qué pasó").whyItMatters("Por qué importa")
      .theNumbers("Las cifras").whatToWatch("Qué vigilar").details("Detalles")
      .asOf("a").id("ID").published("Publicado").languageLabel("Idioma")
      .author("Autor").tag("Etiqueta").source("Fuente")
      .valueHeading("Valor").measureHeading("Indicador").asOfHeading("Fecha")
      .likelihood("Probabilidad").confidence("Confianza").horizon("Horizonte")
      .alternativeViews("Espacio para el desacuerdo").indicator("Indicador").threshold("Umbral")
      .reviewBy("Revisar antes del").status("Estado").statusOpen("abierto").statusTriggered("activado")
      .statusExpired("vencido").statusRetired("retirado")
      .addImpactOrders("Primer orden", "Segundo orden", "Tercer orden", "Cuarto orden",
          "Quinto orden", "Sexto orden", "Séptimo orden", "Octavo orden", "Noveno orden",
          "Décimo orden")
      .build();

  private BuiltIn() {}
}

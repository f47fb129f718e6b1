<?xml version="1.0" encoding="UTF-8"?>
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:prg-ad="urn:gugik:specyfikacje:gmlas:panstwowyRejestrGranicAdresy:1.0" xmlns:bt="urn:gugik:specyfikacje:gmlas:modelPodstawowy:1.0" xmlns:mua="urn:gugik:specyfikacje:gmlas:ewidencjaMiejscowosciUlicAdresow:1.0" gml:id="PRG_PA_fixture">
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.1">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0001-7c1b-4d7e-9a51-2f3c00000001</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>1</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.1.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>635347.26 491072.55</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.2">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0002-7c1b-4d7e-9a51-2f3c00000002</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>2</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.2.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>635261.86 491154.12</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.3">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0003-7c1b-4d7e-9a51-2f3c00000003</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>5</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.3.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>635144.65 491144.37</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.4">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0004-7c1b-4d7e-9a51-2f3c00000004</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>8</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.4.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>635040.47 491201.67</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.5">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0005-7c1b-4d7e-9a51-2f3c00000005</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>11</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.5.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>634931.99 491234.92</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.6">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0006-7c1b-4d7e-9a51-2f3c00000006</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>12A</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.6.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>634829.40 491299.63</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_UlicaNazwa gml:id="PL.PZGIK.200.UL.1">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>PL.PZGIK.200.UL.1</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:nazwa>Juliusza Słowackiego</prg-ad:nazwa>
      <mua:idTERYT>20593</mua:idTERYT>
      <mua:nazwaCzesc>Juliusza</mua:nazwaCzesc>
      <mua:nazwaGlownaCzesc>Słowackiego</mua:nazwaGlownaCzesc>
      <mua:typ>ulica</mua:typ>
    </prg-ad:PRG_UlicaNazwa>
  </gml:featureMember>
</gml:FeatureCollection>

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
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.1.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491072.55 635347.26</gml:pos></gml:Point></prg-ad:pozycja>
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
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.2.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491154.12 635261.86</gml:pos></gml:Point></prg-ad:pozycja>
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
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.3.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491144.37 635144.65</gml:pos></gml:Point></prg-ad:pozycja>
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
      <prg-ad:numerPorzadkowy>8</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.4.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491201.67 635040.47</gml:pos></gml:Point></prg-ad:pozycja>
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
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.5.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491234.92 634931.99</gml:pos></gml:Point></prg-ad:pozycja>
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
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.6.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491299.63 634829.40</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.7">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0007-7c1b-4d7e-9a51-2f3c00000007</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>15/19</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.7.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491301.25 634708.12</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.8">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0008-7c1b-4d7e-9a51-2f3c00000008</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>16</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.8.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491322.01 634593.17</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.9">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0009-7c1b-4d7e-9a51-2f3c00000009</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:numerPorzadkowy>21</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.9.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491312.98 634478.94</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.10">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0010-7c1b-4d7e-9a51-2f3c00000010</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>27</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.10.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491323.44 634361.80</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.11">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0011-7c1b-4d7e-9a51-2f3c00000011</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>30</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.11.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491363.74 634247.35</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.12">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0012-7c1b-4d7e-9a51-2f3c00000012</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>44</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.12.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491374.20 634130.23</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.13">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0013-7c1b-4d7e-9a51-2f3c00000013</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>3</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.13.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490298.57 635906.50</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.14">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0014-7c1b-4d7e-9a51-2f3c00000014</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:numerPorzadkowy>7</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.14.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490506.36 635819.36</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.15">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0015-7c1b-4d7e-9a51-2f3c00000015</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>9a</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.15.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490713.33 635709.40</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.16">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0016-7c1b-4d7e-9a51-2f3c00000016</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>10</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.16.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490931.94 635617.37</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.17">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0017-7c1b-4d7e-9a51-2f3c00000017</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>18</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.17.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491132.09 635505.03</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.18">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0018-7c1b-4d7e-9a51-2f3c00000018</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>25</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.18.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491310.84 635348.43</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.19">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0019-7c1b-4d7e-9a51-2f3c00000019</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:numerPorzadkowy>27</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.19.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491518.55 635237.82</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.20">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0020-7c1b-4d7e-9a51-2f3c00000020</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>33</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.20.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491737.01 635145.93</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.21">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0021-7c1b-4d7e-9a51-2f3c00000021</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>36</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.21.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491970.01 635101.88</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.22">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0022-7c1b-4d7e-9a51-2f3c00000022</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>40</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.22.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>492193.76 635029.24</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.23">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0023-7c1b-4d7e-9a51-2f3c00000023</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Zygmunta Krasińskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>2</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.23.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491295.03 636179.07</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.24">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0024-7c1b-4d7e-9a51-2f3c00000024</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:numerPorzadkowy>4</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.24.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491248.83 635831.44</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.25">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0025-7c1b-4d7e-9a51-2f3c00000025</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Zygmunta Krasińskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>11</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.25.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491077.62 635504.34</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.26">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0026-7c1b-4d7e-9a51-2f3c00000026</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Zygmunta Krasińskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>14</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.26.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490919.88 635152.79</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.27">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0027-7c1b-4d7e-9a51-2f3c00000027</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Zygmunta Krasińskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>20</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.27.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490780.53 634796.55</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.28">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0028-7c1b-4d7e-9a51-2f3c00000028</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Zygmunta Krasińskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>29</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.28.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490494.40 634537.81</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.29">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0029-7c1b-4d7e-9a51-2f3c00000029</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:numerPorzadkowy>31</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.29.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490251.67 634237.26</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.30">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0030-7c1b-4d7e-9a51-2f3c00000030</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Zygmunta Krasińskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>52</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-615</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.30.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490049.10 633907.41</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.3"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.31">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0031-7c1b-4d7e-9a51-2f3c00000031</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Jacka Malczewskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>2</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>02-612</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.31.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>482664.69 637021.44</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.4"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.32">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0032-7c1b-4d7e-9a51-2f3c00000032</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Jacka Malczewskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>19</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>02-612</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.32.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>482708.55 637189.52</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.4"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.33">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0033-7c1b-4d7e-9a51-2f3c00000033</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Jacka Malczewskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>26</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>02-612</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.33.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>482692.68 637362.55</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.4"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.34">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0034-7c1b-4d7e-9a51-2f3c00000034</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:numerPorzadkowy>33</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>02-612</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.34.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>482736.56 637530.63</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.4"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.35">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0035-7c1b-4d7e-9a51-2f3c00000035</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Jacka Malczewskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>44a</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>02-612</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.35.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>482720.70 637703.65</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.4"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.36">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0036-7c1b-4d7e-9a51-2f3c00000036</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Jacka Malczewskiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>53</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>02-612</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.36.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>482764.59 637871.73</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.4"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.901">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0901-7c1b-4d7e-9a51-2f3c00000901</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Juliusza Słowackiego</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>7</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-627</prg-ad:kodPocztowy>
      <prg-ad:status>archiwalny</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.901.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>491184.37 635184.65</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.1"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.902">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0902-7c1b-4d7e-9a51-2f3c00000902</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Adama Mickiewicza</prg-ad:ulica>
      <prg-ad:numerPorzadkowy></prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>01-625</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.902.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>490298.57 635906.50</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.2"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.903">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>0f5e0903-7c1b-4d7e-9a51-2f3c00000903</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
      <prg-ad:ulica>Floriańska</prg-ad:ulica>
      <prg-ad:numerPorzadkowy>1</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>31-019</prg-ad:kodPocztowy>
      <prg-ad:status>istniejacy</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.903.P" srsName="urn:ogc:def:crs:EPSG::2180"><gml:pos>244700.00 566800.00</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="http://geoportal.gov.pl/PZGIK/dane/PL.PZGIK.200.UL.9"/>
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
  <gml:featureMember>
    <prg-ad:PRG_UlicaNazwa gml:id="PL.PZGIK.200.UL.2">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>PL.PZGIK.200.UL.2</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:nazwa>Adama Mickiewicza</prg-ad:nazwa>
      <mua:idTERYT>13249</mua:idTERYT>
      <mua:nazwaCzesc>Adama</mua:nazwaCzesc>
      <mua:nazwaGlownaCzesc>Mickiewicza</mua:nazwaGlownaCzesc>
      <mua:typ>ulica</mua:typ>
    </prg-ad:PRG_UlicaNazwa>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_UlicaNazwa gml:id="PL.PZGIK.200.UL.3">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>PL.PZGIK.200.UL.3</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:nazwa>Zygmunta Krasińskiego</prg-ad:nazwa>
      <mua:idTERYT>11030</mua:idTERYT>
      <mua:nazwaCzesc>Zygmunta</mua:nazwaCzesc>
      <mua:nazwaGlownaCzesc>Krasińskiego</mua:nazwaGlownaCzesc>
      <mua:typ>ulica</mua:typ>
    </prg-ad:PRG_UlicaNazwa>
  </gml:featureMember>
  <gml:featureMember>
    <prg-ad:PRG_UlicaNazwa gml:id="PL.PZGIK.200.UL.4">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>PL.PZGIK.200.UL.4</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:nazwa>Jacka Malczewskiego</prg-ad:nazwa>
      <mua:idTERYT>12966</mua:idTERYT>
      <mua:nazwaCzesc>Jacka</mua:nazwaCzesc>
      <mua:nazwaGlownaCzesc>Malczewskiego</mua:nazwaGlownaCzesc>
      <mua:typ>ulica</mua:typ>
    </prg-ad:PRG_UlicaNazwa>
  </gml:featureMember>
</gml:FeatureCollection>

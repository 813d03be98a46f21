'use strict';

const libxmljs = require('libxmljs2');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const yaml = require('js-yaml');
const serialize = require('node-serialize');

function text(node, name) {
  const child = node.get(name);
  return child ? child.text().trim() : null;
}

/**
 * Serato / rekordbox DJ software exports a history XML; DJs upload it after a
 * show so the playlist page is filled in automatically.
 */
function parseDjSoftwareExport(xml) {
  const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true }); // VULN xxe
  return doc.find('//track').map((node, index) => ({
    position: index + 1,
    artist: text(node, 'artist') || 'Unknown artist',
    title: text(node, 'title') || 'Untitled',
    note: text(node, 'comment'),
    durationSeconds: Number.parseInt(text(node, 'length') || '0', 10) || 0,
  }));
}

/**
 * Parses a podcast RSS feed fetched by the import worker.
 */
function parseFeed(xml) {
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, noblanks: true }); // SAFE xxe
  const ns = { itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd' };
  const channelImage = doc.get('//channel/itunes:image', ns);
  return {
    title: text(doc.root(), 'channel/title'),
    artworkUrl: channelImage ? channelImage.attr('href').value() : null,
    episodes: doc.find('//item').slice(0, 50).map((item) => ({
      guid: text(item, 'guid'),
      title: text(item, 'title'),
      publishedAt: text(item, 'pubDate'),
      enclosure: item.get('enclosure') ? item.get('enclosure').attr('url').value() : null,
    })),
  };
}

/**
 * The station music library is an iTunes-style XML export kept on disk.
 */
function loadLibrary(xml) {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function trackFromNode(node) {
  const field = (name) => {
    const value = xpath.select1(`string(${name})`, node);
    return value || null;
  };
  return { artist: field('artist'), title: field('title'), album: field('album'), year: field('year') };
}

function findTracksByArtist(libraryDoc, artist) {
  const nodes = xpath.select(`//library/track[contains(artist, '${artist}')]`, libraryDoc); // VULN xpath
  return nodes.slice(0, 100).map(trackFromNode);
}

function findTracksByAlbum(libraryDoc, album) {
  const nodes = xpath.parse('//library/track[album = $album]').select({ node: libraryDoc, variables: { album: String(album) } }); // SAFE xpath
  return nodes.slice(0, 100).map(trackFromNode);
}

/**
 * Playlists saved by the pre-2019 desktop scheduler (.wlp files).
 */
function restoreLegacyPlaylist(fileContents) {
  const data = serialize.unserialize(fileContents.toString('utf8')); // VULN deser
  return {
    title: String(data.title || 'Imported playlist'),
    airDate: data.airDate,
    items: Array.isArray(data.tracks) ? data.tracks.map((t) => ({ artist: String(t.artist), title: String(t.title) })) : [],
  };
}

/**
 * Cue sheets are written by hand in YAML by the live-session crew.
 */
function parseCueSheet(fileContents) {
  const data = yaml.load(fileContents.toString('utf8')); // SAFE deser
  if (!data || !Array.isArray(data.cues)) {
    throw new Error('Cue sheet must contain a "cues" list');
  }
  return data.cues.map((cue, index) => ({
    position: index + 1,
    artist: String(cue.artist || ''),
    title: String(cue.title || ''),
    startsAt: String(cue.at || '00:00'),
  }));
}

module.exports = {
  parseDjSoftwareExport,
  parseFeed,
  loadLibrary,
  findTracksByArtist,
  findTracksByAlbum,
  restoreLegacyPlaylist,
  parseCueSheet,
};

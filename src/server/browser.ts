/** The language server's web-worker entry (vscode.dev): dictionaries bundled into the worker. */

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { DictionaryData, Locale } from '../core';
import { startServer } from './server';
// The build inlines these files as text (esbuild `text` loader): a web worker has no file system.
import enGbAff from 'dictionary-en-gb/index.aff';
import enGbDic from 'dictionary-en-gb/index.dic';
import enUsAff from 'dictionary-en/index.aff';
import enUsDic from 'dictionary-en/index.dic';
import words from '../../data/wordlist.txt';

const dictionaries: Record<Locale, DictionaryData> = {
  'en-US': { aff: enUsAff, dic: enUsDic, words },
  'en-GB': { aff: enGbAff, dic: enGbDic, words },
};

declare const self: DedicatedWorkerGlobalScope;
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { loadDictionary: (locale) => dictionaries[locale] });

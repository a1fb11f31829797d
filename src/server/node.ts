/** The language server's Node entry: stdio or IPC, dictionaries read from disk. */

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadDictionary } from '../node/dictionaries';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), { loadDictionary });

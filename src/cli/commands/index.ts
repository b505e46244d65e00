/** Commands beyond validate, rules and schema: one line each. */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { registerInit } from './init.js';
import { registerNew } from './new.js';
import { registerRender } from './render.js';
import { registerImport } from './import.js';
import { registerBaseline } from './baseline.js';
import { registerAgenda } from './agenda.js';
import { registerWhy } from './why.js';

export function registerExtraCommands(program: Command, io: Io, setCode: (c: number) => void): void {
  void program;
  void io;
  void setCode;
  registerInit(program, io, setCode);
  registerNew(program, io, setCode);
  registerRender(program, io, setCode);
  registerImport(program, io, setCode);
  registerBaseline(program, io, setCode);
  registerAgenda(program, io, setCode);
  registerWhy(program, io, setCode);
}

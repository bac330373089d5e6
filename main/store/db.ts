// The connection type every store module takes first. A module of its own, so the table modules
// (which migrations must never need) and open.ts (which runs the migrations) share it without
// importing each other.
import type Database from 'better-sqlite3';

export type Db = Database.Database;

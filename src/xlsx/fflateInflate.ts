// fflate's inflaters, for the parts zipParts.ts inflates without zlib: in Node only those declaring more than 8 MB,
// in the browser all of them. zipParts.ts requires this the first time a part needs it (see inflaters() there).
export { Inflate, inflateSync } from 'fflate';

export * from './common';
export * from './info';
export * from './overview';
export * from './pages';
export * from './register';
export * from './sites';
export * from './starter-library';
export * from './versions';

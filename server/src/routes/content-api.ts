export default {
  type: 'content-api' as const,
  routes: [] as Array<{ method: 'GET'; path: string; handler: string; config?: object }>,
};

import { Feather } from '@strapi/icons';

export const PluginIcon = () => <Feather />;

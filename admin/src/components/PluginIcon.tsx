import { Shield } from '@strapi/icons';

export const PluginIcon = () => <Shield />;

import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ComposerPage } from './ComposerPage';
import { HistoryPage } from './HistoryPage';
import { NewSitePage } from './NewSitePage';
import { OverviewPage } from './OverviewPage';

const App = () => (
  <Routes>
    <Route index element={<OverviewPage />} />
    <Route path="sites/new" element={<NewSitePage />} />
    <Route path="sites/:documentId/:kind/:locale" element={<ComposerPage />} />
    <Route path="sites/:documentId/:kind/:locale/history" element={<HistoryPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;

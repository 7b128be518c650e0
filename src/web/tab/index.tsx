import { createRoot } from 'react-dom/client';
import { TabApp } from './tab-app.tsx';

const root = document.getElementById('root');
if (root) createRoot(root).render(<TabApp />);

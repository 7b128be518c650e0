import express, { Router } from 'express';
import { join } from 'node:path';

/** The built web bundles: `/tab` (the Teams tab) and hashed assets that may be cached for a year. */
export function staticWeb(webRoot: string): Router {
  const router = Router();
  router.use(
    '/assets',
    express.static(join(webRoot, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  router.get(['/', '/tab', '/tab/'], (req, res, next) => {
    if (req.path === '/') {
      res.redirect(302, '/tab');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(webRoot, 'tab', 'index.html'), (error) => {
      if (error) next(error);
    });
  });
  return router;
}

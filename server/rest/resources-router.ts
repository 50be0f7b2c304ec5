import express, { Router, Request, RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { forbidden } from '../http/http-error';
import { resources } from '../resources';
import { parseListQuery } from './parse-list-query';
import { ResourceService } from './resource-service';
import { openApiDocument } from './openapi';
import type { RequestContext, Resource } from './types';

export const BODY_LIMIT = '1mb';

export function requestContext(req: Request): RequestContext {
  return { user: req.user, requestId: String(req.id ?? '') };
}

/** Content-Range as ra-data-simple-rest reads it: "invoices 0-24/319", or "invoices *\/0". */
function contentRange(name: string, first: number, count: number, total: number): string {
  return count === 0 ? `${name} */${total}` : `${name} ${first}-${first + count - 1}/${total}`;
}

/** 405 with the methods the path does answer, so a client learns what it may do there. */
function methodNotAllowed(resource: Resource, allow: string[]): RequestHandler {
  return (req, res) => {
    const reason = resource.readOnly
      ? `${resource.name} is read-only`
      : `use ${allow.join(' or ')} here`;
    res.set('Allow', allow.join(', '));
    res.status(405).json({ message: `${req.method} is not allowed: ${reason}`, errors: {} });
  };
}

/** 403 for callers whose role the resource does not admit (e.g. staff on users). */
const rolesOf =
  (resource: Resource): RequestHandler =>
  (req, _res, next) => {
    if (resource.roles && !resource.roles.includes(req.user?.role as never)) {
      throw forbidden(`Your role may not use ${resource.name}`);
    }
    next();
  };

/** Serves every declared resource in react-admin's simple-rest protocol. */
export function resourcesRouter(db: Db): Router {
  const router = Router();
  router.use(express.json({ limit: BODY_LIMIT }));
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(resources));
  });

  for (const resource of resources) {
    const service = new ResourceService(db, resource);
    const path = `/${resource.name}`;
    router.use(path, rolesOf(resource));
    router.get(path, async (req, res) => {
      const list = parseListQuery(resource, req.query as Record<string, unknown>);
      const { rows, total } = await service.getList(list, requestContext(req));
      res.set(
        'Content-Range',
        contentRange(resource.name, list.range?.[0] ?? 0, rows.length, total),
      );
      res.json(rows);
    });
    router.get(`${path}/:id`, async (req, res) => {
      res.json(await service.getOne(req.params.id, requestContext(req)));
    });
    if (!resource.readOnly) {
      router.post(path, async (req, res) => {
        res.status(201).json(await service.create(req.body, requestContext(req)));
      });
      router.put(`${path}/:id`, async (req, res) => {
        res.json(await service.update(req.params.id, req.body, requestContext(req)));
      });
      router.delete(`${path}/:id`, async (req, res) => {
        res.json(await service.delete(req.params.id, requestContext(req)));
      });
    }
    const { readOnly } = resource;
    router.all(path, methodNotAllowed(resource, readOnly ? ['GET'] : ['GET', 'POST']));
    router.all(
      `${path}/:id`,
      methodNotAllowed(resource, readOnly ? ['GET'] : ['GET', 'PUT', 'DELETE']),
    );
  }
  return router;
}

import type { Request, Response, NextFunction } from 'express';
import { authenticateRequest } from '../../http/authenticate';
import type { AppServices } from '../../services';
import { ClassPlanService } from './class-plan.service';
import { classSheetHtml, classSheetPdf } from './class-sheet';

/** GET /api/class-plans/:id/sheet.(html|pdf): the printable class sheet, for the plan's instructor only. */
export function classSheetHandler(services: AppServices) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const principal = authenticateRequest(req, services.config);
      const format = req.params.format;
      if (format !== 'html' && format !== 'pdf') { res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Class sheets come as .html or .pdf.' } }); return; }
      const sheet = await new ClassPlanService(services.orm.em.fork()).sheet(principal, String(req.params.id));
      const filename = `${sheet.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 80) || 'class-plan'}.${format}`;
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', `${format === 'pdf' ? 'attachment' : 'inline'}; filename="${filename.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
      if (format === 'html') {
        res.type('html').send(classSheetHtml(sheet));
      } else {
        res.type('application/pdf').send(await classSheetPdf(sheet));
      }
    } catch (e) {
      next(e);
    }
  };
}

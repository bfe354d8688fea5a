import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { SavedSearch } from './saved-search.entity';
import { compactQuery, type CreateSavedSearchDto, type UpdateSavedSearchDto } from './saved-searches.dto';

/** Enough for anyone's standing interests, few enough to evaluate for every publication. */
export const MAX_SAVED_SEARCHES = 20;

/** A user's saved searches: theirs alone (someone else's answers 404). */
@Injectable()
export class SavedSearchesService {
  constructor(private readonly dataSource: DataSource) {}

  list(ctx: SignedInContext): Promise<SavedSearch[]> {
    return this.dataSource.getRepository(SavedSearch).find({ where: { userId: ctx.principal.userId }, order: { createdAt: 'ASC' } });
  }

  create(ctx: SignedInContext, input: CreateSavedSearchDto): Promise<SavedSearch> {
    const userId = ctx.principal.userId;
    return this.dataSource.transaction(async (manager) => {
      // One saver at a time per user, so the limit holds under concurrent requests.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`saved-searches:${userId}`]);
      if ((await manager.countBy(SavedSearch, { userId })) >= MAX_SAVED_SEARCHES)
        throw new DomainError('SAVED_SEARCH_LIMIT', `You can keep at most ${MAX_SAVED_SEARCHES} saved searches.`);
      if (await manager.existsBy(SavedSearch, { userId, name: input.name }))
        throw new DomainError('SAVED_SEARCH_EXISTS', 'You already have a saved search with this name.', [
          { field: 'name', code: 'SAVED_SEARCH_EXISTS' },
        ]);
      return manager.save(
        manager.create(SavedSearch, { userId, name: input.name, query: compactQuery(input.query), alerts: input.alerts ?? true }),
      );
    });
  }

  async update(ctx: SignedInContext, id: string, input: UpdateSavedSearchDto): Promise<SavedSearch> {
    return this.dataSource.transaction(async (manager) => {
      const search = await manager.findOne(SavedSearch, {
        where: { id, userId: ctx.principal.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!search) throw new DomainError('NOT_FOUND', 'No such saved search.');
      if (input.name !== undefined && input.name !== search.name) {
        if (await manager.existsBy(SavedSearch, { userId: ctx.principal.userId, name: input.name }))
          throw new DomainError('SAVED_SEARCH_EXISTS', 'You already have a saved search with this name.', [
            { field: 'name', code: 'SAVED_SEARCH_EXISTS' },
          ]);
        search.name = input.name;
      }
      if (input.alerts !== undefined) search.alerts = input.alerts;
      return manager.save(search);
    });
  }

  async remove(ctx: SignedInContext, id: string): Promise<void> {
    const result = await this.dataSource.getRepository(SavedSearch).delete({ id, userId: ctx.principal.userId });
    if (!result.affected) throw new DomainError('NOT_FOUND', 'No such saved search.');
  }
}

import { Database } from '@app/data';
import { CardGroupsRepository } from './card-groups.repository';
import { CardGroupsService } from './card-groups.service';

describe(CardGroupsService.name, () => {
  let repo: jest.Mocked<CardGroupsRepository>;
  let service: CardGroupsService;
  const db = { transaction: (fn: () => Promise<unknown>) => fn() } as unknown as Database;

  beforeEach(() => {
    repo = {
      lockTree: jest.fn().mockResolvedValue(undefined),
      exists: jest.fn().mockResolvedValue(true),
      isSelfOrAncestorOf: jest.fn().mockResolvedValue(false),
      update: jest.fn().mockResolvedValue(undefined),
      find: jest.fn().mockResolvedValue({
        id: 'g',
        parent_id: null,
        name: 'n',
        description: '',
        groups_count: 0,
        cards_count: 0,
      }),
      lockAndCountSubtree: jest.fn(),
      deleteSubtree: jest.fn().mockResolvedValue(undefined),
    } as unknown as jest.Mocked<CardGroupsRepository>;
    service = new CardGroupsService(db, repo);
  });

  it('refuses a move under the group itself or a descendant, after locking the tree', async () => {
    repo.isSelfOrAncestorOf.mockResolvedValue(true);
    await expect(service.update('g', { parent_id: 'child' })).rejects.toMatchObject({
      code: 'card_group_cycle',
    });
    expect(repo.lockTree).toHaveBeenCalled();
    expect(repo.isSelfOrAncestorOf).toHaveBeenCalledWith('g', 'child');
    expect(repo.update).not.toHaveBeenCalled();
  });

  it('moves to the root without a cycle check', async () => {
    await service.update('g', { parent_id: null });
    expect(repo.isSelfOrAncestorOf).not.toHaveBeenCalled();
    expect(repo.update).toHaveBeenCalledWith('g', {
      parentId: null,
      name: undefined,
      description: undefined,
    });
  });

  it('only counts with test, refuses points without force, deletes otherwise', async () => {
    repo.lockAndCountSubtree.mockResolvedValue({
      groups: 3,
      cards: 4,
      cards_with_balance: 1,
      outside_slaves: 0,
    });
    expect(await service.remove('g', { test: true })).toEqual({
      deleted: false,
      counts: { groups: 3, cards: 4, cards_with_balance: 1 },
    });
    await expect(service.remove('g', {})).rejects.toMatchObject({ code: 'card_group_has_balance' });
    expect(repo.deleteSubtree).not.toHaveBeenCalled();
    expect((await service.remove('g', { force: true })).deleted).toBe(true);
    expect(repo.deleteSubtree).toHaveBeenCalledWith('g');
  });
});

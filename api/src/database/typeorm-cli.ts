// Entry for the TypeORM CLI (migration:generate / migration:show), reading the same config.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

export default new DataSource(dataSourceOptions(loadConfig()));
